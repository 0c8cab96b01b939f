/* test-checklist.c: the checklist definition, its periods, ticks and what is overdue.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: domain.md, "The checklist" (the handleiding's "Checklist belangrijke taken":
 * 4 daily, 3 weekly, 3 monthly, 4 three-monthly, 1 three-to-six-monthly and 2
 * yearly-to-three-yearly tasks) and the schedule issue ("ticked per period per
 * opleider ... with undo, history, and what was left undone in earlier periods").
 */

#include "config.h"

#include "opl-checklist.h"
#include "opl-date.h"
#include "opl-test-utils.h"

static GDate
date (const char *iso)
{
  GDate d;

  g_assert_true (opl_date_parse_iso (iso, &d));
  return d;
}

static void
test_default_definition (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (&error);
  guint counts[OPL_N_PERIODS] = { 0 };

  g_assert_no_error (error);
  g_assert_cmpint (opl_checklist_get_version (checklist), >=, 1);
  g_assert_cmpstr (opl_checklist_get_id (checklist), ==, "checklist-belangrijke-taken");
  g_assert_cmpuint (opl_checklist_get_n_items (checklist), ==, 17);

  for (guint i = 0; i < opl_checklist_get_n_items (checklist); i++)
    {
      const OplChecklistItem *item = opl_checklist_get_item (checklist, i);

      counts[item->period]++;
      g_assert_cmpstr (item->title, !=, "");
      g_assert_cmpstr (item->explanation, !=, "");
    }

  g_assert_cmpuint (counts[OPL_PERIOD_DAILY], ==, 4);
  g_assert_cmpuint (counts[OPL_PERIOD_WEEKLY], ==, 3);
  g_assert_cmpuint (counts[OPL_PERIOD_MONTHLY], ==, 3);
  g_assert_cmpuint (counts[OPL_PERIOD_QUARTERLY], ==, 4);
  g_assert_cmpuint (counts[OPL_PERIOD_THREE_TO_SIX_MONTHLY], ==, 1);
  g_assert_cmpuint (counts[OPL_PERIOD_YEARLY_TO_THREE_YEARLY], ==, 2);
  g_assert_nonnull (opl_checklist_lookup_item (checklist, "wekelijks-leergesprek"));
}

static void
assert_malformed (const char *json,
                  const char *problem)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplChecklist) checklist = opl_checklist_new_from_data ("eigen-checklist.json", json, -1, &error);

  g_assert_null (checklist);
  g_assert_error (error, OPL_CHECKLIST_ERROR, OPL_CHECKLIST_ERROR_INVALID);
  /* The message names the file and the problem. */
  g_assert_nonnull (strstr (error->message, "eigen-checklist.json"));
  if (strstr (error->message, problem) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, problem);
}

#define ITEM(id, period, title) "{\"id\": \"" id "\", \"period\": \"" period "\", \"title\": \"" title "\"}"

static void
test_malformed_definitions (void)
{
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 1, \"items\": [", "");
  assert_malformed ("[1, 2, 3]", "not an object");
  assert_malformed ("{\"title\": \"X\", \"version\": 1, \"items\": [" ITEM ("a", "daily", "A") "]}", "id");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 0, \"items\": [" ITEM ("a", "daily", "A") "]}", "version");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": \"1\", \"items\": [" ITEM ("a", "daily", "A") "]}", "version");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 1, \"items\": []}", "items");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 1, \"items\": [" ITEM ("a", "hourly", "A") "]}", "item 1");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 1, \"items\": [" ITEM ("a", "daily", "") "]}", "title");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 1, \"items\": ["
                    ITEM ("a", "daily", "A") ", " ITEM ("a", "weekly", "B") "]}", "“a”");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 1, \"items\": [" ITEM ("a", "daily", "A") ", 7]}", "item 2");
}

static void
assert_key (OplPeriod   period,
            const char *day,
            const char *expected)
{
  GDate d = date (day);
  g_autofree char *key = opl_period_key (period, &d);

  g_assert_cmpstr (key, ==, expected);
}

/* Ticked per period: today, this ISO week, this month, quarter, half year, year. */
static void
test_period_keys (void)
{
  assert_key (OPL_PERIOD_DAILY, "2026-11-22", "2026-11-22");
  assert_key (OPL_PERIOD_WEEKLY, "2026-11-22", "2026-W47");
  assert_key (OPL_PERIOD_WEEKLY, "2026-11-23", "2026-W48");
  /* ISO weeks cross the year: 1 January 2027 is in week 53 of 2026, 30 December 2024
   * in week 1 of 2025. */
  assert_key (OPL_PERIOD_WEEKLY, "2027-01-01", "2026-W53");
  assert_key (OPL_PERIOD_WEEKLY, "2024-12-30", "2025-W01");
  assert_key (OPL_PERIOD_MONTHLY, "2026-11-22", "2026-11");
  assert_key (OPL_PERIOD_QUARTERLY, "2026-09-30", "2026-Q3");
  assert_key (OPL_PERIOD_QUARTERLY, "2026-10-01", "2026-Q4");
  assert_key (OPL_PERIOD_THREE_TO_SIX_MONTHLY, "2026-06-30", "2026-H1");
  assert_key (OPL_PERIOD_THREE_TO_SIX_MONTHLY, "2026-07-01", "2026-H2");
  assert_key (OPL_PERIOD_YEARLY_TO_THREE_YEARLY, "2026-11-22", "2026");
}

static void
test_period_bounds (void)
{
  GDate day = date ("2026-11-22"), first, last;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;

  opl_period_bounds (OPL_PERIOD_WEEKLY, &day, &first, &last);
  a = opl_date_to_iso (&first);
  b = opl_date_to_iso (&last);
  g_assert_cmpstr (a, ==, "2026-11-16");
  g_assert_cmpstr (b, ==, "2026-11-22");

  opl_period_bounds (OPL_PERIOD_QUARTERLY, &day, &first, &last);
  c = opl_date_to_iso (&first);
  d = opl_date_to_iso (&last);
  g_assert_cmpstr (c, ==, "2026-10-01");
  g_assert_cmpstr (d, ==, "2026-12-31");
}

static gboolean
in_set (const char *item_id,
        const char *period_key,
        gpointer    user_data)
{
  g_autofree char *key = g_strconcat (item_id, "@", period_key, NULL);

  return g_hash_table_contains (user_data, key);
}

static const OplChecklistStatus *
status_of (GArray     *statuses,
           const char *item_id)
{
  for (guint i = 0; i < statuses->len; i++)
    {
      const OplChecklistStatus *status = &g_array_index (statuses, OplChecklistStatus, i);

      if (g_str_equal (status->item->id, item_id))
        return status;
    }

  g_assert_not_reached ();
}

/* Done in this period; overdue when left undone in the period before. */
static void
test_status (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GHashTable) ticks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GArray) fresh = NULL;
  GDate monday = date ("2026-11-23");
  GDate since = date ("2026-01-01");
  GDate new_user = date ("2026-11-23");

  g_hash_table_add (ticks, g_strdup ("dagelijks-agenda@2026-11-23"));
  g_hash_table_add (ticks, g_strdup ("dagelijks-consultruimte@2026-11-20"));
  g_hash_table_add (ticks, g_strdup ("wekelijks-leergesprek@2026-W47"));
  g_hash_table_add (ticks, g_strdup ("maandelijks-video@2026-10"));

  statuses = opl_checklist_get_status (checklist, &monday, &since, in_set, ticks);
  g_assert_cmpuint (statuses->len, ==, 17);

  g_assert_true (status_of (statuses, "dagelijks-agenda")->done);
  g_assert_false (status_of (statuses, "dagelijks-agenda")->overdue);
  /* Monday looks back at Friday, not at Sunday. */
  g_assert_false (status_of (statuses, "dagelijks-consultruimte")->overdue);
  g_assert_true (status_of (statuses, "dagelijks-nabespreking")->overdue);
  /* Last week's leergesprek was held; this week's is open, not overdue. */
  g_assert_false (status_of (statuses, "wekelijks-leergesprek")->done);
  g_assert_false (status_of (statuses, "wekelijks-leergesprek")->overdue);
  g_assert_true (status_of (statuses, "wekelijks-kpb-kvb")->overdue);
  g_assert_false (status_of (statuses, "maandelijks-video")->overdue);
  g_assert_cmpstr (status_of (statuses, "maandelijks-video")->period_key, ==, "2026-11");

  /* Someone who starts today has nothing overdue yet. */
  fresh = opl_checklist_get_status (checklist, &monday, &new_user, in_set, ticks);
  g_assert_false (status_of (fresh, "wekelijks-kpb-kvb")->overdue);
}

/* Ticking, unticking (undo) and reading back through the store. */
static void
test_store_ticks (void)
{
  g_autofree char *path = opl_test_db_path ("ticks.db");
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(OplStore) store = opl_store_new (database);
  g_autoptr(OplPerson) anna = NULL;
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(GArray) undone = NULL;
  g_autoptr(GError) error = NULL;
  GDate today = date ("2026-11-23");

  anna = opl_store_add_person (store, "Anna", OPL_ROLE_HOOFDOPLEIDER, &error);
  g_assert_no_error (error);

  before = opl_store_get_checklist_status (store, checklist, opl_person_get_id (anna), &today, &error);
  g_assert_no_error (error);
  g_assert_false (status_of (before, "wekelijks-leergesprek")->done);

  g_assert_true (opl_store_set_ticked (store, opl_person_get_id (anna), "wekelijks-leergesprek",
                                       "2026-W48", 1, TRUE, &error));
  /* Ticking twice changes nothing. */
  g_assert_true (opl_store_set_ticked (store, opl_person_get_id (anna), "wekelijks-leergesprek",
                                       "2026-W48", 1, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM checklist_tick"), ==, 1);

  after = opl_store_get_checklist_status (store, checklist, opl_person_get_id (anna), &today, &error);
  g_assert_true (status_of (after, "wekelijks-leergesprek")->done);

  g_assert_true (opl_store_set_ticked (store, opl_person_get_id (anna), "wekelijks-leergesprek",
                                       "2026-W48", 1, FALSE, &error));
  undone = opl_store_get_checklist_status (store, checklist, opl_person_get_id (anna), &today, &error);
  g_assert_false (status_of (undone, "wekelijks-leergesprek")->done);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM checklist_tick"), ==, 0);

  /* A tick for a profile that does not exist is refused. */
  g_assert_false (opl_store_set_ticked (store, "00000000-0000-4000-8000-00000000dead",
                                        "wekelijks-leergesprek", "2026-W48", 1, TRUE, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
}

/* The demo's hoofdopleider let the KPB/KVB and the video slip last period. */
static void
test_demo_history (void)
{
  g_autofree char *path = opl_test_db_path ("demo-ticks.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *people = opl_store_get_people (store);
  g_autoptr(OplPerson) anna = g_list_model_get_item (people, 0);
  GDate today;

  opl_test_fixed_today (&today);
  g_assert_cmpint (opl_person_get_role (anna), ==, OPL_ROLE_HOOFDOPLEIDER);
  statuses = opl_store_get_checklist_status (store, checklist, opl_person_get_id (anna), &today, &error);
  g_assert_no_error (error);
  g_assert_true (status_of (statuses, "wekelijks-kpb-kvb")->overdue);
  g_assert_true (status_of (statuses, "maandelijks-video")->overdue);
  g_assert_true (status_of (statuses, "wekelijks-leergesprek")->done);
  g_assert_false (status_of (statuses, "maandelijks-leerproces")->overdue);
}

/* History: the periods before today's, newest first, never before the opleider began. */
static void
test_history (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GHashTable) ticks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) weekly = NULL;
  g_autoptr(GArray) daily = NULL;
  g_autoptr(GArray) recent = NULL;
  g_autoptr(GArray) none = NULL;
  GDate monday = date ("2026-11-23");
  GDate since = date ("2026-10-20");
  GDate first = date ("2026-11-16");

  g_hash_table_add (ticks, (char *) "wekelijks-leergesprek@2026-W47");
  g_hash_table_add (ticks, (char *) "wekelijks-leergesprek@2026-W45");
  g_hash_table_add (ticks, (char *) "dagelijks-agenda@2026-11-20");

  weekly = opl_checklist_get_history (checklist,
                                      opl_checklist_lookup_item (checklist, "wekelijks-leergesprek"),
                                      &monday, NULL, 8, in_set, ticks);
  g_assert_cmpuint (weekly->len, ==, 8);
  g_assert_cmpstr (g_array_index (weekly, OplChecklistPeriod, 0).period_key, ==, "2026-W47");
  g_assert_true (g_array_index (weekly, OplChecklistPeriod, 0).done);
  g_assert_cmpint (g_date_compare (&g_array_index (weekly, OplChecklistPeriod, 0).first, &first), ==, 0);
  g_assert_false (g_array_index (weekly, OplChecklistPeriod, 1).done);
  g_assert_true (g_array_index (weekly, OplChecklistPeriod, 2).done);
  g_assert_cmpstr (g_array_index (weekly, OplChecklistPeriod, 7).period_key, ==, "2026-W40");

  /* Working days only: Monday looks back at Friday. */
  daily = opl_checklist_get_history (checklist,
                                     opl_checklist_lookup_item (checklist, "dagelijks-agenda"),
                                     &monday, NULL, 3, in_set, ticks);
  g_assert_cmpuint (daily->len, ==, 3);
  g_assert_cmpstr (g_array_index (daily, OplChecklistPeriod, 0).period_key, ==, "2026-11-20");
  g_assert_true (g_array_index (daily, OplChecklistPeriod, 0).done);
  g_assert_cmpstr (g_array_index (daily, OplChecklistPeriod, 1).period_key, ==, "2026-11-19");

  /* Weeks that ended before the opleider began are not missed. */
  recent = opl_checklist_get_history (checklist,
                                      opl_checklist_lookup_item (checklist, "wekelijks-leergesprek"),
                                      &monday, &since, 8, in_set, ticks);
  g_assert_cmpuint (recent->len, ==, 5);
  g_assert_cmpstr (g_array_index (recent, OplChecklistPeriod, 4).period_key, ==, "2026-W43");

  none = opl_checklist_get_history (checklist,
                                    opl_checklist_lookup_item (checklist, "jaarlijks-profiel-leerwerkplan"),
                                    &monday, &monday, 8, in_set, ticks);
  g_assert_cmpuint (none->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/checklist/default-definition", test_default_definition);
  g_test_add_func ("/opl/checklist/malformed-definitions", test_malformed_definitions);
  g_test_add_func ("/opl/checklist/period-keys", test_period_keys);
  g_test_add_func ("/opl/checklist/period-bounds", test_period_bounds);
  g_test_add_func ("/opl/checklist/status", test_status);
  g_test_add_func ("/opl/checklist/store-ticks", test_store_ticks);
  g_test_add_func ("/opl/checklist/demo-history", test_demo_history);
  g_test_add_func ("/opl/checklist/history", test_history);

  return g_test_run ();
}
