/* test-store.c: the store's reads, its one-transaction writes and its change signal.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: design.md §4 (every user action one transaction; changes by another process
 * appear within about a second, through PRAGMA data_version; who and when on every
 * row) and the foundation issue, items 3 and 5 (the demo practice).
 */

#include "config.h"

#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-demo.h"
#include "opl-test-utils.h"

/* The foundation issue, item 5: a hoofdopleider, a duo-opleider, a fase I aios started
 * four months ago, a fase II aios, with history. */
static void
test_demo (void)
{
  g_autofree char *path = opl_test_db_path ("demo.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(GPtrArray) anna_trajecten = NULL;
  g_autoptr(GPtrArray) daan_trajecten = NULL;
  g_autoptr(GError) error = NULL;
  OplPerson *anna, *charlotte, *daan;
  guint n_active = 0;
  GDate today;

  opl_test_fixed_today (&today);
  g_assert_cmpstr (opl_store_get_practice_name (store), ==, "Huisartsenpraktijk De Linde");

  anna = opl_test_find_person (store, "Anna de Vries");
  g_assert_nonnull (anna);
  g_assert_cmpint (opl_person_get_role (anna), ==, OPL_ROLE_HOOFDOPLEIDER);
  g_assert_cmpint (opl_person_get_role (opl_test_find_person (store, "Bram Jansen")), ==, OPL_ROLE_DUO_OPLEIDER);
  charlotte = opl_test_find_person (store, "Charlotte Bakker");
  daan = opl_test_find_person (store, "Daan Visser");
  g_assert_cmpint (opl_person_get_role (charlotte), ==, OPL_ROLE_AIOS);

  anna_trajecten = opl_store_list_trajecten (store, opl_person_get_id (anna), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (anna_trajecten->len, ==, 4);
  for (guint i = 0; i < anna_trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (anna_trajecten, i);

      if (!opl_traject_is_active (traject, &today))
        continue;

      n_active++;
      if (opl_traject_get_phase (traject) == OPL_PHASE_I)
        {
          /* Started four months ago: in its fifth month now. */
          g_assert_cmpstr (opl_traject_get_aios_name (traject), ==, "Charlotte Bakker");
          g_assert_cmpint (opl_traject_get_training_month (traject, &today), ==, 5);
        }
      g_assert_cmpfloat_with_epsilon (opl_traject_get_share_of (traject, opl_person_get_id (anna)), 0.5, 1e-9);
    }
  g_assert_cmpuint (n_active, ==, 2);

  /* History: Daan did fase I here before fase II. */
  daan_trajecten = opl_store_list_trajecten (store, opl_person_get_id (daan), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (daan_trajecten->len, ==, 2);
  g_assert_cmpint (opl_traject_get_phase (g_ptr_array_index (daan_trajecten, 0)), ==, OPL_PHASE_II);
  g_assert_nonnull (opl_traject_get_end (g_ptr_array_index (daan_trajecten, 1)));

  /* The demo goes only into an empty database. */
  g_assert_false (opl_demo_populate (store, &today, &error));
  g_assert_error (error, OPL_SETUP_ERROR, OPL_SETUP_ERROR_INVALID);
}

static void
on_changed_cb (OplStore *store,
               guint    *n_changed)
{
  (*n_changed)++;
}

static void
test_actor_and_changed (void)
{
  g_autofree char *path = opl_test_db_path ("actor.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplPerson) eefje = NULL;
  g_autoptr(GError) error = NULL;
  OplPerson *anna = opl_test_find_person (store, "Anna de Vries");
  guint n_changed = 0;

  g_signal_connect (store, "changed", G_CALLBACK (on_changed_cb), &n_changed);
  opl_store_set_actor (store, opl_person_get_id (anna));
  eefje = opl_store_add_person (store, "Eefje de Boer", OPL_ROLE_COASSISTENT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_nonnull (opl_store_lookup_person (store, opl_person_get_id (eefje)));

  /* Who created the row is recorded. */
  {
    g_autoptr(OplDatabase) other = opl_test_open (path);
    g_autoptr(OplStore) other_store = opl_store_new (other);
    g_autoptr(GPtrArray) all = NULL;

    opl_store_load (other_store, &error);
    g_assert_no_error (error);
    g_assert_cmpint (opl_test_count (other, "SELECT count(*) FROM person"
                                           " WHERE name = 'Eefje de Boer' AND created_by = changed_by"
                                           " AND created_by = (SELECT id FROM person WHERE name = 'Anna de Vries')"),
                     ==, 1);
    all = opl_store_list_trajecten (other_store, NULL, &error);
    g_assert_cmpuint (all->len, ==, 4);
  }

  /* A refused write changes nothing and says why. */
  g_assert_null (opl_store_add_person (store, "  ", OPL_ROLE_AIOS, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (opl_store_get_people (store)), ==, 6);
}

/* One user action is one transaction: a traject whose second opleider breaks a rule
 * leaves no practice, no people and no traject behind. */
static void
test_create_practice_atomic (void)
{
  g_autofree char *path = opl_test_db_path ("atomic.db");
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(OplStore) store = opl_store_new (database);
  g_autoptr(OplPracticeSetup) setup = opl_practice_setup_new ("De Linde");
  g_autoptr(GError) error = NULL;
  OplPerson *anna;
  OplTraject *traject;
  GDate today, start;

  opl_test_fixed_today (&today);
  start = today;
  anna = opl_practice_setup_add_opleider (setup, "Anna", OPL_ROLE_HOOFDOPLEIDER);
  traject = opl_practice_setup_add_aios (setup, "Charlotte", OPL_PHASE_I, &start, NULL, 1.0);
  opl_traject_add_opleider (traject, opl_person_get_id (anna), "Anna", OPL_ROLE_HOOFDOPLEIDER, 0.7);
  /* The same opleider twice: the primary key refuses the second row. */
  opl_traject_add_opleider (traject, opl_person_get_id (anna), "Anna", OPL_ROLE_HOOFDOPLEIDER, 0.3);
  g_assert_true (opl_practice_setup_finish (setup, &today, &error));

  g_assert_false (opl_store_create_practice (store, setup, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM practice"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person"), ==, 0);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM traject"), ==, 0);
  g_assert_false (opl_store_has_practice (store));
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* design.md §4: changes by another process appear within about a second. */
static void
test_monitoring (void)
{
  g_autofree char *path = opl_test_db_path ("monitor.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplDatabase) other = opl_test_open (path);
  g_autoptr(OplStore) other_store = opl_store_new (other);
  g_autoptr(OplPerson) added = NULL;
  g_autoptr(GError) error = NULL;
  gboolean timed_out = FALSE;
  guint n_changed = 0;
  guint timeout_id;

  g_assert_false (opl_store_poll (store));

  g_signal_connect (store, "changed", G_CALLBACK (on_changed_cb), &n_changed);
  opl_store_start_monitoring (store, 100);

  opl_store_load (other_store, &error);
  added = opl_store_add_person (other_store, "Frits Hendriks", OPL_ROLE_PLAATSVERVANGEND_OPLEIDER, &error);
  g_assert_no_error (error);

  timeout_id = g_timeout_add (1500, on_timeout_cb, &timed_out);
  while (n_changed == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout_id);

  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_nonnull (opl_store_lookup_person (store, opl_person_get_id (added)));
  g_assert_false (opl_store_poll (store));
}

/* --profile takes an id, a role or a name. */
static void
test_find_profile (void)
{
  g_autofree char *path = opl_test_db_path ("find.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  OplPerson *anna = opl_test_find_person (store, "Anna de Vries");

  g_assert_true (opl_store_find_profile (store, opl_person_get_id (anna)) == anna);
  g_assert_true (opl_store_find_profile (store, "hoofdopleider") == anna);
  g_assert_true (opl_store_find_profile (store, "anna de vries") == anna);
  g_assert_true (opl_store_find_profile (store, "duo-opleider") == opl_test_find_person (store, "Bram Jansen"));
  g_assert_null (opl_store_find_profile (store, "plaatsvervangend-opleider"));
  g_assert_null (opl_store_find_profile (store, "Zeus"));
}

static char *
names_of (GPtrArray *trajecten)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);
      g_autofree char *name = g_strdup_printf ("%s %s", opl_traject_get_aios_name (traject),
                                               opl_traject_get_phase (traject) == OPL_PHASE_I ? "I" : "II");

      g_strv_builder_add (names, name);
    }

  strv = g_strv_builder_end (names);
  return g_strjoinv ("|", strv);
}

/* The trajecten a person works on now (the Traject and Leergesprekken views): an
 * opleider's aios whose traject has not ended, all of them for a plaatsvervangend
 * opleider (domain.md, Roles: stands in for the hoofdopleider); an aios's own current
 * traject, or their last one once it has ended. */
static void
test_current_trajecten (void)
{
  g_autofree char *path = opl_test_db_path ("current.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplPerson) stand_in = NULL;
  g_autoptr(GError) error = NULL;
  struct { const char *name; const char *expected; } cases[] = {
    { "Anna de Vries", "Charlotte Bakker I|Daan Visser II" },
    { "Bram Jansen", "Charlotte Bakker I|Daan Visser II" },
    { "Daan Visser", "Daan Visser II" },
    { "Eva Mulder", "Eva Mulder II" },
  };
  GDate today, before_charlotte;

  opl_test_fixed_today (&today);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) current = NULL;
      g_autofree char *names = NULL;

      current = opl_store_list_current_trajecten (store, opl_test_find_person (store, cases[i].name), &today, &error);
      g_assert_no_error (error);
      names = names_of (current);
      g_assert_cmpstr (names, ==, cases[i].expected);
    }

  stand_in = opl_store_add_person (store, "Sanne Smit", OPL_ROLE_PLAATSVERVANGEND_OPLEIDER, &error);
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) current = opl_store_list_current_trajecten (store, stand_in, &today, &error);
    g_autofree char *names = names_of (current);

    g_assert_cmpstr (names, ==, "Charlotte Bakker I|Daan Visser II");
  }

  /* A traject that has not started yet is current already: its opleider plans ahead. */
  g_date_clear (&before_charlotte, 1);
  g_date_set_dmy (&before_charlotte, 15, G_DATE_JUNE, 2026);
  {
    g_autoptr(GPtrArray) current = opl_store_list_current_trajecten (store, opl_test_find_person (store, "Anna de Vries"),
                                                                     &before_charlotte, &error);
    g_autofree char *names = names_of (current);

    g_assert_cmpstr (names, ==, "Charlotte Bakker I|Daan Visser II");
  }
}

static void
test_counts (void)
{
  g_autofree char *path = opl_test_db_path ("counts.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(GError) error = NULL;
  OplStoreCounts counts;

  g_assert_true (opl_store_count (store, &counts, &error));
  g_assert_cmpint (counts.practices, ==, 1);
  g_assert_cmpint (counts.people, ==, 5);
  g_assert_cmpint (counts.trajecten, ==, 4);
  g_assert_cmpint (counts.traject_opleiders, ==, 8);
  g_assert_cmpint (counts.leave_periods, ==, 1);
}

static gboolean
ended_before (OplTraject  *traject,
              const GDate *today)
{
  return opl_traject_get_end (traject) != NULL && g_date_compare (opl_traject_get_end (traject), today) < 0;
}

static int
compare_ends (gconstpointer a,
              gconstpointer b)
{
  OplTraject *x = *(OplTraject **) a;
  OplTraject *y = *(OplTraject **) b;
  int by_end = g_date_compare (opl_traject_get_end (y), opl_traject_get_end (x));

  return by_end != 0 ? by_end : g_date_compare (opl_traject_get_start (y), opl_traject_get_start (x));
}

/* The current and the ended trajecten (the dashboards, traject and leergesprekken
 * views; docs/performance.md) found by their own queries are exactly what the whole
 * list says, for an opleider and for a plaatsvervangend opleider (the practice's). */
static void
test_current_and_ended_trajecten (void)
{
  g_autofree char *path = opl_test_db_path ("long-trajecten.db");
  g_autoptr(OplStore) store = opl_test_history_store (path, 8, 4);
  OplPerson *hoofdopleider = opl_store_find_profile (store, "hoofdopleider");
  g_autoptr(OplPerson) stand_in = opl_person_new ("00000000-0000-4000-8000-000000000000", "Sanne Smit",
                                                  OPL_ROLE_PLAATSVERVANGEND_OPLEIDER);
  OplPerson *people[] = { hoofdopleider, stand_in };
  GDate today;

  opl_test_fixed_today (&today);
  for (guint p = 0; p < G_N_ELEMENTS (people); p++)
    {
      const char *person_id = people[p] == stand_in ? NULL : opl_person_get_id (people[p]);
      g_autoptr(GPtrArray) all = opl_store_list_trajecten (store, person_id, NULL);
      g_autoptr(GPtrArray) current = opl_store_list_current_trajecten (store, people[p], &today, NULL);
      g_autoptr(GPtrArray) ended = g_ptr_array_new ();
      g_autoptr(GPtrArray) last_three = NULL;
      guint n_current = 0, n_ended = G_MAXUINT;

      for (guint i = 0; i < all->len; i++)
        {
          OplTraject *traject = g_ptr_array_index (all, i);

          if (ended_before (traject, &today))
            {
              g_ptr_array_add (ended, traject);
              continue;
            }

          /* In the same order, the most recent first. */
          g_assert_cmpuint (n_current, <, current->len);
          g_assert_cmpstr (opl_traject_get_id (g_ptr_array_index (current, n_current)), ==,
                           opl_traject_get_id (traject));
          g_assert_cmpuint (opl_traject_get_n_opleiders (g_ptr_array_index (current, n_current)), ==,
                            opl_traject_get_n_opleiders (traject));
          n_current++;
        }
      g_assert_cmpuint (n_current, ==, current->len);

      g_ptr_array_sort (ended, compare_ends);
      last_three = opl_store_list_ended_trajecten (store, person_id, &today, 3, &n_ended, NULL);
      g_assert_cmpuint (n_ended, ==, ended->len);
      g_assert_cmpuint (last_three->len, ==, MIN (3, ended->len));
      for (guint i = 0; i < last_three->len; i++)
        g_assert_cmpstr (opl_traject_get_id (g_ptr_array_index (last_three, i)), ==,
                         opl_traject_get_id (g_ptr_array_index (ended, i)));

      /* The history has both kinds, or the test would prove little. */
      g_assert_cmpuint (current->len, >, 0);
      g_assert_cmpuint (ended->len, >, 10);
    }

  /* The trajecten of a year (an opleidingsjaar, 1 September to 31 August): those of
   * the whole list that run some time in it, in the same order. */
  for (GDateYear year = 2020; year <= 2026; year++)
    {
      g_autoptr(GPtrArray) all = opl_store_list_trajecten (store, opl_person_get_id (hoofdopleider), NULL);
      g_autoptr(GPtrArray) in_year = NULL;
      guint n = 0;
      GDate first, last;

      g_date_clear (&first, 1);
      g_date_clear (&last, 1);
      g_date_set_dmy (&first, 1, G_DATE_SEPTEMBER, year - 1);
      g_date_set_dmy (&last, 31, G_DATE_AUGUST, year);
      in_year = opl_store_list_trajecten_in (store, opl_person_get_id (hoofdopleider), &first, &last, NULL);
      for (guint i = 0; i < all->len; i++)
        {
          OplTraject *traject = g_ptr_array_index (all, i);
          const GDate *end = opl_traject_get_end (traject);

          if (g_date_compare (opl_traject_get_start (traject), &last) > 0 ||
              (end != NULL && g_date_compare (end, &first) < 0))
            continue;

          g_assert_cmpuint (n, <, in_year->len);
          g_assert_cmpstr (opl_traject_get_id (g_ptr_array_index (in_year, n)), ==, opl_traject_get_id (traject));
          n++;
        }
      g_assert_cmpuint (n, ==, in_year->len);
      g_assert_cmpuint (n, >=, 2);
    }
}

static gboolean
is_in (const char *item_id,
       const char *period_key,
       gpointer    user_data)
{
  g_autofree char *key = g_strconcat (item_id, "@", period_key, NULL);

  return g_hash_table_contains (user_data, key);
}

/* Every tick of @person_id, read in full, to check the store's exact lookups against. */
static GHashTable *
read_all_ticks (OplStore   *store,
                const char *person_id)
{
  OplDatabase *database = opl_store_get_database (store);
  g_autoptr(sqlite3_stmt) stmt =
    opl_database_prepare (database, "SELECT item_id, period_key FROM checklist_tick WHERE person_id = ?", NULL);
  GHashTable *ticks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean has_row;

  opl_bind_text (stmt, 1, person_id);
  while (opl_database_step_row (database, stmt, &has_row, NULL) && has_row)
    g_hash_table_add (ticks, g_strconcat (opl_column_text (stmt, 0), "@", opl_column_text (stmt, 1), NULL));

  return ticks;
}

/* domain.md "The checklist": a task is done when ticked in its period and overdue when
 * left undone in the one before. The store looks up only the ticks that rule asks
 * about; the answer is the one all ticks give, on every day of a year. Since checklist
 * version 2 the rule also takes the practice's facts (the trajecten and their moments,
 * the paralleldagen: opl_store_get_checklist_facts()), which both answers share. */
static void
test_checklist_from_exact_lookups (void)
{
  g_autofree char *path = opl_test_db_path ("long-checklist.db");
  g_autoptr(OplStore) store = opl_test_history_store (path, 3, 8);
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  OplPerson *hoofdopleider = opl_store_find_profile (store, "hoofdopleider");
  const char *person_id = opl_person_get_id (hoofdopleider);
  g_autoptr(GHashTable) all = read_all_ticks (store, person_id);
  guint n_done = 0, n_overdue = 0;
  GDate day;

  opl_test_fixed_today (&day);
  for (guint i = 0; i < 365; i += 3, g_date_subtract_days (&day, 3))
    {
      g_autoptr(OplChecklistFacts) facts = opl_store_get_checklist_facts (store, checklist, person_id, &day, NULL);
      g_autoptr(GArray) stored = opl_store_get_checklist_status (store, checklist, person_id, &day, NULL);
      g_autoptr(GArray) expected = opl_checklist_get_status_for (checklist, &day, facts, is_in, all);
      g_autoptr(GPtrArray) histories = NULL;

      g_assert_cmpuint (stored->len, ==, expected->len);
      for (guint j = 0; j < stored->len; j++)
        {
          const OplChecklistStatus *a = &g_array_index (stored, OplChecklistStatus, j);
          const OplChecklistStatus *b = &g_array_index (expected, OplChecklistStatus, j);

          g_assert_cmpstr (a->period_key, ==, b->period_key);
          g_assert_cmpint (a->done, ==, b->done);
          g_assert_cmpint (a->overdue, ==, b->overdue);
          n_done += a->done;
          n_overdue += a->overdue;
        }

      if (i % 30 != 0)
        continue;

      histories = opl_store_get_checklist_history (store, checklist, person_id, &day, 8, NULL);
      g_assert_cmpuint (histories->len, ==, opl_checklist_get_n_items (checklist));
      for (guint j = 0; j < histories->len; j++)
        {
          GArray *history = g_ptr_array_index (histories, j);
          g_autoptr(GArray) full = opl_checklist_get_history_for (checklist, opl_checklist_get_item (checklist, j),
                                                                  &day, facts, 8, is_in, all);

          g_assert_cmpuint (history->len, ==, full->len);
          for (guint k = 0; k < history->len; k++)
            {
              g_assert_cmpstr (g_array_index (history, OplChecklistPeriod, k).period_key, ==,
                               g_array_index (full, OplChecklistPeriod, k).period_key);
              g_assert_cmpint (g_array_index (history, OplChecklistPeriod, k).done, ==,
                               g_array_index (full, OplChecklistPeriod, k).done);
            }
        }
    }

  /* Both answers occur, or the comparison would prove little. */
  g_assert_cmpuint (n_done, >, 0);
  g_assert_cmpuint (n_overdue, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/store/demo", test_demo);
  g_test_add_func ("/opl/store/actor-and-changed", test_actor_and_changed);
  g_test_add_func ("/opl/store/create-practice-atomic", test_create_practice_atomic);
  g_test_add_func ("/opl/store/monitoring", test_monitoring);
  g_test_add_func ("/opl/store/counts", test_counts);
  g_test_add_func ("/opl/store/find-profile", test_find_profile);
  g_test_add_func ("/opl/store/current-trajecten", test_current_trajecten);
  g_test_add_func ("/opl/store/current-and-ended-trajecten", test_current_and_ended_trajecten);
  g_test_add_func ("/opl/store/checklist-from-exact-lookups", test_checklist_from_exact_lookups);

  return g_test_run ();
}
