/* test-checklist.c: the checklist definition, its periods, ticks and what is overdue.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: domain.md, "The checklist" (the handleiding's "Checklist belangrijke taken":
 * 4 daily, 3 weekly, 3 monthly, 4 three-monthly, 1 three-to-six-monthly and 2
 * yearly-to-three-yearly tasks) and the schedule issue ("ticked per period per
 * opleider ... with undo, history, and what was left undone in earlier periods").
 * Version 2 of the checklist: issue 14, "No false alarms on a new or changed
 * practice", and issue 18, items 4 and 5, against the seeds they quote (each test
 * names its own).
 */

#include "config.h"

#include "opl-checklist.h"
#include "opl-date.h"
#include "opl-store-history.h"
#include "opl-store-institute.h"
#include "opl-store-scholing.h"
#include "opl-test-utils.h"


static GDate
date (const char *iso)
{
  GDate d;

  g_assert_true (opl_date_parse_iso (iso, &d));
  return d;
}

/* date(), for an argument that wants a pointer; valid for the next seven calls. */
static const GDate *
on (const char *iso)
{
  static GDate ring[8];
  static guint next;
  GDate *day = &ring[next++ % G_N_ELEMENTS (ring)];

  *day = date (iso);
  return day;
}

static void
test_default_definition (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (&error);
  guint counts[OPL_N_PERIODS] = { 0 };

  g_assert_no_error (error);
  g_assert_cmpint (opl_checklist_get_version (checklist), >=, 2);
  g_assert_cmpstr (opl_checklist_get_id (checklist), ==, "checklist-belangrijke-taken");
  g_assert_cmpuint (opl_checklist_get_n_items (checklist), ==, 19);

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
  /* Version 3 added the feedback before the ComBel (three-monthly) and a reminder,
   * which has no period of its own and counts with the longest. */
  g_assert_cmpuint (counts[OPL_PERIOD_QUARTERLY], ==, 5);
  g_assert_cmpuint (counts[OPL_PERIOD_THREE_TO_SIX_MONTHLY], ==, 1);
  g_assert_cmpuint (counts[OPL_PERIOD_YEARLY_TO_THREE_YEARLY], ==, 3);
  g_assert_nonnull (opl_checklist_lookup_item (checklist, "wekelijks-leergesprek"));

  /* Version 2: what each item is asked by (checklist.json's "needs" and "follows"). */
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "dagelijks-agenda")->basis, ==, OPL_CHECKLIST_BASIS_AIOS);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "wekelijks-kpb-kvb")->basis, ==, OPL_CHECKLIST_BASIS_AIOS);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "maandelijks-video")->basis, ==, OPL_CHECKLIST_BASIS_AIOS);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "driemaandelijks-combel")->basis, ==, OPL_CHECKLIST_BASIS_MOMENT);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "driemaandelijks-combel")->moment_kind, ==, OPL_MOMENT_COMBEL);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "driemaandelijks-voortgangsgesprek")->moment_kind, ==,
                   OPL_MOMENT_VOORTGANGSGESPREK);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "driemaandelijks-voortgangsadvies")->moment_kind, ==,
                   OPL_MOMENT_VOORTGANGSADVIES);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "driemaandelijks-leoh")->moment_kind, ==, OPL_MOMENT_LEOH);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "maandelijks-paralleldag")->basis, ==,
                   OPL_CHECKLIST_BASIS_PARALLELDAGEN);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "jaarlijks-profiel-leerwerkplan")->basis, ==,
                   OPL_CHECKLIST_BASIS_CALENDAR);
  g_assert_true (opl_checklist_needs_trajecten (checklist));
  g_assert_true (opl_checklist_needs_paralleldagen (checklist));

  /* Version 3 (issue 18, items 6 and 7, and what was not modelled). */
  g_assert_cmpint (opl_checklist_get_version (checklist), ==, 3);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "jaarlijks-opleiderscoach")->basis, ==,
                   OPL_CHECKLIST_BASIS_HAO);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "halfjaarlijks-groepsbegeleider")->basis, ==,
                   OPL_CHECKLIST_BASIS_AFTER_LAST);
  g_assert_true (opl_checklist_lookup_item (checklist, "halfjaarlijks-groepsbegeleider")->needs_aios);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "halfjaarlijks-groepsbegeleider")->from_months, ==, 3);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "halfjaarlijks-groepsbegeleider")->months, ==, 6);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "driemaandelijks-feedback-assistenten")->basis, ==,
                   OPL_CHECKLIST_BASIS_BEFORE_MOMENT);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "driemaandelijks-feedback-assistenten")->moment_kind, ==,
                   OPL_MOMENT_COMBEL);
  g_assert_cmpint (opl_checklist_lookup_item (checklist, "ziekte-opleider")->basis, ==,
                   OPL_CHECKLIST_BASIS_WHEN_NEEDED);
  g_assert_nonnull (opl_checklist_lookup_item (checklist, "driemaandelijks-voortgangsgesprek")->notes[9]);
  g_assert_true (opl_checklist_needs_hao (checklist));
  g_assert_true (opl_checklist_needs_done_days (checklist,
                                                opl_checklist_lookup_item (checklist, "halfjaarlijks-groepsbegeleider")));
  g_assert_false (opl_checklist_needs_done_days (checklist,
                                                 opl_checklist_lookup_item (checklist, "jaarlijks-opleiderscoach")));
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

  /* Version 2's "needs" and "follows" take only what the rules know. */
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 2, \"items\": ["
                    "{\"id\": \"a\", \"period\": \"weekly\", \"needs\": \"coassistent\", \"title\": \"A\"}]}",
                    "“needs” or “follows”");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 2, \"items\": ["
                    "{\"id\": \"a\", \"period\": \"quarterly\", \"follows\": \"dienst\", \"title\": \"A\"}]}",
                    "item 1");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 2, \"items\": ["
                    "{\"id\": \"a\", \"period\": \"quarterly\", \"follows\": 3, \"title\": \"A\"}]}",
                    "“follows”");

  /* Version 3: "after-last" is two months, the first not after the second; "before"
   * a moment kind; "asked" only "when-needed"; "notes" only for an item of a moment;
   * only one of "follows", "after-last", "before" and "asked". */
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 3, \"items\": ["
                    "{\"id\": \"a\", \"period\": \"quarterly\", \"after-last\": [6, 3], \"title\": \"A\"}]}",
                    "item 1");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 3, \"items\": ["
                    "{\"id\": \"a\", \"period\": \"quarterly\", \"after-last\": 6, \"title\": \"A\"}]}",
                    "item 1");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 3, \"items\": ["
                    "{\"id\": \"a\", \"period\": \"quarterly\", \"before\": \"kerst\", \"title\": \"A\"}]}",
                    "item 1");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 3, \"items\": ["
                    "{\"id\": \"a\", \"asked\": \"sometimes\", \"title\": \"A\"}]}",
                    "item 1");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 3, \"items\": ["
                    "{\"id\": \"a\", \"period\": \"quarterly\", \"follows\": \"combel\","
                    " \"asked\": \"when-needed\", \"title\": \"A\"}]}",
                    "item 1");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 3, \"items\": ["
                    "{\"id\": \"a\", \"period\": \"weekly\", \"notes\": {\"9\": \"go\"}, \"title\": \"A\"}]}",
                    "“notes”");
  assert_malformed ("{\"id\": \"x\", \"title\": \"X\", \"version\": 3, \"items\": ["
                    "{\"id\": \"a\", \"period\": \"quarterly\", \"follows\": \"combel\","
                    " \"notes\": {\"13\": \"go\"}, \"title\": \"A\"}]}",
                    "“notes”");
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
  g_assert_cmpuint (statuses->len, ==, 19);

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

  /* Weeks that began before the opleider did are not missed. This asserted 5 weeks,
   * down to 2026-W43 (19 to 25 October), for someone who began on Tuesday 20 October:
   * issue 14, "nothing is overdue for a period before the practice (or the person, or
   * the traject) existed", so a period counts from its first day on or after "since". */
  recent = opl_checklist_get_history (checklist,
                                      opl_checklist_lookup_item (checklist, "wekelijks-leergesprek"),
                                      &monday, &since, 8, in_set, ticks);
  g_assert_cmpuint (recent->len, ==, 4);
  g_assert_cmpstr (g_array_index (recent, OplChecklistPeriod, 3).period_key, ==, "2026-W44");

  none = opl_checklist_get_history (checklist,
                                    opl_checklist_lookup_item (checklist, "jaarlijks-profiel-leerwerkplan"),
                                    &monday, &monday, 8, in_set, ticks);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
assert_parse (const char *key,
              OplPeriod   expected,
              const char *first_day,
              const char *last_day)
{
  g_autofree char *first_iso = NULL, *last_iso = NULL;
  OplPeriod period;
  GDate first, last;

  g_assert_true (opl_period_key_parse (key, &period, &first, &last));
  first_iso = opl_date_to_iso (&first);
  last_iso = opl_date_to_iso (&last);
  g_assert_cmpint (period, ==, expected);
  g_assert_cmpstr (first_iso, ==, first_day);
  g_assert_cmpstr (last_iso, ==, last_day);
}

/* The keys opl_period_key() writes read back as their periods. */
static void
test_period_key_parse (void)
{
  GDate first, last;

  assert_parse ("2026-11-22", OPL_PERIOD_DAILY, "2026-11-22", "2026-11-22");
  assert_parse ("2026-W47", OPL_PERIOD_WEEKLY, "2026-11-16", "2026-11-22");
  assert_parse ("2026-W53", OPL_PERIOD_WEEKLY, "2026-12-28", "2027-01-03");
  assert_parse ("2025-W01", OPL_PERIOD_WEEKLY, "2024-12-30", "2025-01-05");
  assert_parse ("2026-11", OPL_PERIOD_MONTHLY, "2026-11-01", "2026-11-30");
  assert_parse ("2026-Q4", OPL_PERIOD_QUARTERLY, "2026-10-01", "2026-12-31");
  assert_parse ("2026-H1", OPL_PERIOD_THREE_TO_SIX_MONTHLY, "2026-01-01", "2026-06-30");
  assert_parse ("2026", OPL_PERIOD_YEARLY_TO_THREE_YEARLY, "2026-01-01", "2026-12-31");
  g_assert_false (opl_period_key_parse ("2026-13", NULL, &first, &last));
  g_assert_false (opl_period_key_parse ("2026-Q5", NULL, &first, &last));
  g_assert_false (opl_period_key_parse ("2026-02-30", NULL, &first, &last));
  g_assert_false (opl_period_key_parse ("traject:1:combel:3", NULL, &first, &last));
}

/* A practice written as history (opl-store-history.h), so that every row has the
 * created_at a test needs. */
typedef struct
{
  OplStore *store;
} History;

static void
history_open (History    *h,
              const char *db_name,
              const char *practice_created)
{
  g_autofree char *path = opl_test_db_path (db_name);
  g_autofree char *id = g_uuid_string_random ();
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(GError) error = NULL;

  h->store = opl_store_new (database);
  g_assert_true (opl_store_load (h->store, &error));
  g_assert_true (opl_store_begin_history (h->store, &error));
  g_assert_true (opl_store_history_add_practice (h->store, id, "Huisartsenpraktijk De Es", practice_created, &error));
  g_assert_no_error (error);
}

static OplPerson *
history_add_person (History    *h,
                    const char *name,
                    OplRole     role,
                    const char *at)
{
  g_autofree char *id = g_uuid_string_random ();
  OplPerson *person = opl_person_new (id, name, role);
  g_autoptr(GError) error = NULL;

  g_assert_true (opl_store_history_add_person (h->store, person, at, &error));
  g_assert_no_error (error);
  return person;
}

static OplTraject *
history_add_traject (History     *h,
                     OplPerson   *aios,
                     OplPerson   *opleider,
                     const char  *start,
                     double       parttime,
                     const char  *at)
{
  g_autofree char *id = g_uuid_string_random ();
  GDate first = date (start);
  OplTraject *traject = opl_traject_new (id, opl_person_get_id (aios), opl_person_get_name (aios),
                                         OPL_PHASE_I, &first, NULL, parttime);
  g_autoptr(GError) error = NULL;

  opl_traject_add_opleider (traject, opl_person_get_id (opleider), opl_person_get_name (opleider),
                            opl_person_get_role (opleider), 1.0);
  g_assert_true (opl_store_history_add_traject (h->store, traject, NULL, at, &error));
  g_assert_no_error (error);
  return traject;
}

static void
history_close (History *h)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (opl_store_end_history (h->store, TRUE, &error));
  g_assert_true (opl_store_load (h->store, &error));
  g_assert_no_error (error);
}

/* The statuses point into @checklist's items: it must outlive them. */
static GArray *
store_status (OplChecklist *checklist,
              OplStore     *store,
              OplPerson    *person,
              const char   *day)
{
  g_autoptr(GError) error = NULL;
  GDate today = date (day);
  GArray *statuses = opl_store_get_checklist_status (store, checklist, opl_person_get_id (person), &today, &error);

  g_assert_no_error (error);
  g_assert_nonnull (statuses);
  return statuses;
}

static guint
count_overdue (GArray *statuses)
{
  guint n = 0;

  for (guint i = 0; i < statuses->len; i++)
    n += g_array_index (statuses, OplChecklistStatus, i).overdue;

  return n;
}

/* The day of @timestamp (2026-12-07T03:56:28.123Z), as the store reads created_at. */
static GDate
day_of (const char *timestamp)
{
  g_autofree char *day = g_strndup (timestamp, 10);

  return date (day);
}

/* Issue 14, "No false alarms on a new or changed practice": "nothing is overdue for a
 * period before the practice (or the person, or the traject) existed". A practice set
 * up today with an aios who started five months ago has nothing overdue on its first
 * day; three weeks on, the weeks it lived through count. */
static void
test_new_practice_first_day (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autofree char *path = opl_test_db_path ("new-practice.db");
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(OplStore) store = opl_store_new (database);
  g_autoptr(OplPracticeSetup) setup = opl_practice_setup_new ("Huisartsenpraktijk De Es");
  g_autoptr(GArray) first_day = NULL;
  g_autoptr(GArray) later = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *now = opl_timestamp_now ();
  g_autofree char *today_iso = NULL, *later_iso = NULL;
  OplPerson *anna;
  GDate today = day_of (now), start = today, in_three_weeks = today, since;

  g_assert_true (opl_store_load (store, &error));
  anna = opl_practice_setup_add_opleider (setup, "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER);
  opl_date_add_months_clamped (&start, -5);
  opl_practice_setup_add_aios (setup, "Daan Visser", OPL_PHASE_I, &start, NULL, 1.0);
  g_assert_true (opl_practice_setup_finish (setup, &today, &error));
  g_assert_true (opl_store_create_practice (store, setup, &error));
  g_assert_true (opl_store_load (store, &error));
  g_assert_no_error (error);

  /* The day the practice was created, not the start of the traject entered in it. */
  g_assert_true (opl_store_get_active_since (store, opl_person_get_id (anna), &since, &error));
  g_assert_cmpint (g_date_compare (&since, &today), ==, 0);

  today_iso = opl_date_to_iso (&today);
  first_day = store_status (checklist, store, anna, today_iso);
  g_assert_cmpuint (count_overdue (first_day), ==, 0);
  /* The aios is there: the tasks with the aios are asked from today. */
  g_assert_true (status_of (first_day, "wekelijks-kpb-kvb")->applies);

  g_date_add_days (&in_three_weeks, 21);
  later_iso = opl_date_to_iso (&in_three_weeks);
  later = store_status (checklist, store, anna, later_iso);
  g_assert_true (status_of (later, "wekelijks-kpb-kvb")->overdue);
}

/* Issue 14 (as above): someone added on 31 March has no Q1 or March task overdue on 1
 * April; a period counts only from its first day on or after the day they came. The
 * traject they were given, entered with a start in September, does not move that day. */
static void
test_added_on_31_march (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(OplChecklistFacts) facts = NULL;
  g_autoptr(GArray) pure = NULL;
  g_autoptr(GArray) bram_status = NULL;
  g_autoptr(GArray) anna_status = NULL;
  g_autoptr(OplPerson) anna = NULL, bram = NULL, daan = NULL, eva = NULL;
  g_autoptr(OplTraject) daan_traject = NULL, eva_traject = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *since_iso = NULL;
  History h = { NULL };
  GDate since = date ("2026-03-31"), start = date ("2025-09-01"), april = date ("2026-04-01");
  GDate found;

  /* The rule alone. */
  facts = opl_checklist_facts_new (&since);
  opl_checklist_facts_add_traject (facts, "t", "Eva Mulder", &start, NULL, NULL);
  pure = opl_checklist_get_status_for (checklist, &april, facts, in_set, none);
  for (guint i = 0; i < pure->len; i++)
    {
      const OplChecklistStatus *status = &g_array_index (pure, OplChecklistStatus, i);

      /* 31 March itself was a working day they were there. */
      if (status->item->period != OPL_PERIOD_DAILY)
        g_assert_false (status->overdue);
    }
  g_assert_true (status_of (pure, "dagelijks-agenda")->overdue);

  /* Through the store, with the created_at of each row. */
  history_open (&h, "added-31-march.db", "2025-06-02T09:00:00.000Z");
  anna = history_add_person (&h, "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER, "2025-06-02T09:00:00.000Z");
  daan = history_add_person (&h, "Daan Visser", OPL_ROLE_AIOS, "2025-06-02T09:00:00.000Z");
  daan_traject = history_add_traject (&h, daan, anna, "2025-09-01", 1.0, "2025-06-02T09:05:00.000Z");
  bram = history_add_person (&h, "Bram Jansen", OPL_ROLE_DUO_OPLEIDER, "2026-03-31T14:00:00.000Z");
  eva = history_add_person (&h, "Eva Mulder", OPL_ROLE_AIOS, "2026-03-31T14:00:00.000Z");
  eva_traject = history_add_traject (&h, eva, bram, "2025-09-01", 1.0, "2026-03-31T14:05:00.000Z");
  history_close (&h);

  g_assert_true (opl_store_get_active_since (h.store, opl_person_get_id (bram), &found, &error));
  g_assert_no_error (error);
  since_iso = opl_date_to_iso (&found);
  g_assert_cmpstr (since_iso, ==, "2026-03-31");

  bram_status = store_status (checklist, h.store, bram, "2026-04-01");
  for (guint i = 0; i < bram_status->len; i++)
    {
      const OplChecklistStatus *status = &g_array_index (bram_status, OplChecklistStatus, i);

      if (status->item->period != OPL_PERIOD_DAILY)
        g_assert_false (status->overdue);
    }
  g_assert_true (status_of (bram_status, "maandelijks-leerproces")->applies);

  /* Anna was there all of March: hers is overdue, so the rule does not hide all. */
  anna_status = store_status (checklist, h.store, anna, "2026-04-01");
  g_assert_true (status_of (anna_status, "maandelijks-leerproces")->overdue);

  g_clear_object (&h.store);
}

/* The due moments of a fase I traject from @start at @parttime, as the schedule engine
 * computes them. */
static GArray *
compute_moments (const char *start,
                 double      parttime)
{
  OplScheduleInput input = { .phase = OPL_PHASE_I, .parttime = parttime };
  g_autoptr(GError) error = NULL;
  GDate today = date (start);
  GArray *moments;

  input.start = date (start);
  g_date_clear (&input.end, 1);
  moments = opl_schedule_compute (&input, &today, NULL, NULL, &error);
  g_assert_no_error (error);
  return moments;
}

static void
assert_combel (OplChecklist            *checklist,
               const OplChecklistFacts *facts,
               GHashTable              *ticks,
               const char              *day,
               gboolean                 overdue,
               int                      month)
{
  g_autoptr(GArray) statuses = NULL;
  const OplChecklistStatus *combel;
  GDate today = date (day);

  statuses = opl_checklist_get_status_for (checklist, &today, facts, in_set, ticks);
  combel = status_of (statuses, "driemaandelijks-combel");
  if (combel->overdue != overdue || combel->month != month)
    g_error ("ComBel on %s: overdue %d (expected %d), training month %d (expected %d)",
             day, combel->overdue, overdue, combel->month, month);
}

/* Seed 001 (LUMC, Handleiding huisartsopleiders), DRIEMAANDELIJKS: "Vul na 3, 6 en 9
 * maanden de ComBel in." Issue 18, item 4: by the aios's training months, not by
 * calendar quarters. Part time at 0.8 from 1 September, training month 3 is 3 / 0.8 =
 * 3.75 calendar months on (opl_schedule_compute()): late December, not 1 December,
 * and never the end of a calendar quarter. */
static void
test_combel_by_training_month (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) moments = compute_moments ("2026-09-01", 0.8);
  g_autoptr(OplChecklistFacts) facts = NULL;
  g_autoptr(OplChecklistFacts) no_aios = NULL;
  g_autoptr(GArray) statuses = NULL;
  g_autofree char *due_iso = NULL, *day_after = NULL, *day_before = NULL;
  const OplChecklistStatus *combel;
  GDate since = date ("2026-06-01"), start = date ("2026-09-01"), expected, after, before;
  GDate october = date ("2026-10-01");

  opl_schedule_training_month_date (&start, 3 / 0.8, &expected);
  g_assert_true (g_date_valid (&expected));
  /* More than three and a half calendar months on. */
  g_assert_cmpint (g_date_compare (&expected, on ("2026-12-15")), >, 0);
  g_assert_cmpint (g_date_compare (&expected, on ("2027-01-01")), <, 0);
  due_iso = opl_date_to_iso (&expected);

  facts = opl_checklist_facts_new (&since);
  opl_checklist_facts_add_traject (facts, "charlotte", "Charlotte Bakker", &start, NULL, moments);

  /* 1 October: the calendar quarter before was left unticked, and yet nothing is
   * overdue; the item stands for training month 3, on its own date. */
  statuses = opl_checklist_get_status_for (checklist, &october, facts, in_set, none);
  combel = status_of (statuses, "driemaandelijks-combel");
  g_assert_true (combel->applies);
  g_assert_false (combel->overdue);
  g_assert_cmpint (combel->month, ==, 3);
  g_assert_cmpstr (combel->period_key, ==, due_iso);
  g_assert_cmpint (g_date_compare (&combel->due, &expected), ==, 0);
  g_assert_cmpstr (combel->aios_name, ==, "Charlotte Bakker");

  /* Three calendar months on is not yet training month 3 at 0.8. */
  assert_combel (checklist, facts, none, "2026-12-01", FALSE, 3);
  assert_combel (checklist, facts, none, due_iso, FALSE, 3);
  after = expected;
  g_date_add_days (&after, 1);
  day_after = opl_date_to_iso (&after);
  assert_combel (checklist, facts, none, day_after, TRUE, 3);
  /* The first days of the next calendar quarter, before training month 3, neither. */
  before = expected;
  g_date_subtract_days (&before, 1);
  day_before = opl_date_to_iso (&before);
  assert_combel (checklist, facts, none, day_before, FALSE, 3);

  /* Done (the moment marked done, or its forms final): the item moves to month 6. */
  for (guint i = 0; i < moments->len; i++)
    {
      OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->kind == OPL_MOMENT_COMBEL && moment->month == 3)
        moment->state = OPL_MOMENT_STATE_DONE;
    }
  g_clear_pointer (&facts, opl_checklist_facts_free);
  facts = opl_checklist_facts_new (&since);
  opl_checklist_facts_add_traject (facts, "charlotte", "Charlotte Bakker", &start, NULL, moments);
  assert_combel (checklist, facts, none, day_after, FALSE, 6);

  /* An opleider without an aios has no ComBel to fill in, on any day of the year. */
  no_aios = opl_checklist_facts_new (&since);
  for (GDate day = date ("2026-06-01"); g_date_compare (&day, on ("2027-06-01")) < 0;
       g_date_add_days (&day, 5))
    {
      g_autoptr(GArray) alone = opl_checklist_get_status_for (checklist, &day, no_aios, in_set, none);

      for (guint i = 0; i < alone->len; i++)
        {
          const OplChecklistStatus *status = &g_array_index (alone, OplChecklistStatus, i);

          /* (The opleider's own tasks, the profile or the opleiderscoach, stay.) */
          if (status->item->basis != OPL_CHECKLIST_BASIS_MOMENT && status->item->basis != OPL_CHECKLIST_BASIS_AIOS)
            continue;
          g_assert_false (status->overdue);
          g_assert_false (status->applies);
        }
    }
}

/* As above, through the store: the moments of the opleider's running traject, and
 * ticking the item is marking the moment done. */
static void
test_combel_by_training_month_store (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(OplPerson) anna = NULL, bram = NULL, charlotte = NULL;
  g_autoptr(OplTraject) traject = NULL;
  g_autoptr(GArray) october = NULL, december = NULL, late = NULL, done = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *due_iso = NULL, *after_iso = NULL;
  History h = { NULL };
  GDate start = date ("2026-09-01"), expected, after, done_on;

  history_open (&h, "combel-training-month.db", "2026-06-01T09:00:00.000Z");
  anna = history_add_person (&h, "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER, "2026-06-01T09:00:00.000Z");
  bram = history_add_person (&h, "Bram Jansen", OPL_ROLE_DUO_OPLEIDER, "2026-06-01T09:00:00.000Z");
  charlotte = history_add_person (&h, "Charlotte Bakker", OPL_ROLE_AIOS, "2026-06-01T09:00:00.000Z");
  traject = history_add_traject (&h, charlotte, anna, "2026-09-01", 0.8, "2026-06-01T09:05:00.000Z");
  history_close (&h);

  opl_schedule_training_month_date (&start, 3 / 0.8, &expected);
  due_iso = opl_date_to_iso (&expected);
  after = expected;
  g_date_add_days (&after, 1);
  after_iso = opl_date_to_iso (&after);

  october = store_status (checklist, h.store, anna, "2026-10-01");
  g_assert_false (status_of (october, "driemaandelijks-combel")->overdue);
  g_assert_cmpstr (status_of (october, "driemaandelijks-combel")->period_key, ==, due_iso);
  g_assert_cmpstr (status_of (october, "driemaandelijks-combel")->traject_id, ==, opl_traject_get_id (traject));
  december = store_status (checklist, h.store, anna, "2026-12-01");
  g_assert_false (status_of (december, "driemaandelijks-combel")->overdue);
  late = store_status (checklist, h.store, anna, after_iso);
  g_assert_true (status_of (late, "driemaandelijks-combel")->overdue);
  g_assert_cmpint (status_of (late, "driemaandelijks-combel")->month, ==, 3);

  done_on = after;
  g_assert_true (opl_store_set_moment_done (h.store, opl_traject_get_id (traject), OPL_MOMENT_COMBEL, 3,
                                            &done_on, &error));
  g_assert_no_error (error);
  done = store_status (checklist, h.store, anna, after_iso);
  g_assert_false (status_of (done, "driemaandelijks-combel")->overdue);
  g_assert_cmpint (status_of (done, "driemaandelijks-combel")->month, ==, 6);

  /* Bram has no aios: nothing of the kind is asked of him. */
  for (GDate day = date ("2026-09-01"); g_date_compare (&day, on ("2027-09-01")) < 0;
       g_date_add_months (&day, 1))
    {
      g_autofree char *iso = opl_date_to_iso (&day);
      g_autoptr(GArray) his = store_status (checklist, h.store, bram, iso);

      g_assert_false (status_of (his, "driemaandelijks-combel")->applies);
      g_assert_false (status_of (his, "driemaandelijks-combel")->overdue);
      g_assert_false (status_of (his, "wekelijks-kpb-kvb")->applies);
      g_assert_false (status_of (his, "wekelijks-kpb-kvb")->overdue);
    }

  g_clear_object (&h.store);
}

/* A tick of checklist version 1 for the calendar quarter a moment fell in still counts
 * for that moment: the data kept before version 2 is read, not lost. */
static void
test_version_1_ticks (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GHashTable) ticks = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) moments = compute_moments ("2026-05-01", 1.0);
  g_autoptr(OplChecklistFacts) facts = NULL;
  g_autoptr(GArray) with_tick = NULL, without = NULL, history = NULL;
  GDate since = date ("2026-01-01"), start = date ("2026-05-01"), today = date ("2026-11-22");

  facts = opl_checklist_facts_new (&since);
  opl_checklist_facts_add_traject (facts, "daan", "Daan Visser", &start, NULL, moments);

  /* The LEOh of month 3 fell on 1 August, in 2026-Q3. */
  g_hash_table_add (ticks, (char *) "driemaandelijks-leoh@2026-Q3");
  with_tick = opl_checklist_get_status_for (checklist, &today, facts, in_set, ticks);
  without = opl_checklist_get_status_for (checklist, &today, facts, in_set, none);
  g_assert_false (status_of (with_tick, "driemaandelijks-leoh")->overdue);
  g_assert_true (status_of (without, "driemaandelijks-leoh")->overdue);
  g_assert_cmpint (status_of (without, "driemaandelijks-leoh")->month, ==, 3);

  history = opl_checklist_get_history_for (checklist, opl_checklist_lookup_item (checklist, "driemaandelijks-leoh"),
                                           &today, facts, 8, in_set, ticks);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_true (g_array_index (history, OplChecklistPeriod, 0).done);
  g_assert_cmpint (g_array_index (history, OplChecklistPeriod, 0).month, ==, 3);
}

static void
assert_weekly (OplChecklist            *checklist,
               const OplChecklistFacts *facts,
               const char              *day,
               gboolean                 applies,
               gboolean                 overdue)
{
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) statuses = NULL;
  const OplChecklistStatus *kpb;
  GDate today = date (day);

  statuses = opl_checklist_get_status_for (checklist, &today, facts, in_set, none);
  kpb = status_of (statuses, "wekelijks-kpb-kvb");
  if (kpb->applies != applies || kpb->overdue != overdue)
    g_error ("KPB/KVB on %s: asked %d (expected %d), overdue %d (expected %d)",
             day, kpb->applies, applies, kpb->overdue, overdue);
}

/* Seed 001, WEKELIJKS: "Vul wekelijks de KPB/KVB in" is a task with the aios: not
 * asked before the first aios or between two (issue 14, "No false alarms"). A week
 * counts as missed only when it began with an aios in training. */
static void
test_tasks_with_the_aios (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(OplChecklistFacts) facts = opl_checklist_facts_new (NULL);
  g_autoptr(GArray) history = NULL;
  g_autoptr(GArray) statuses = NULL;
  GDate a_start = date ("2025-09-01"), a_end = date ("2026-08-31"), b_start = date ("2026-11-04");
  GDate today = date ("2026-11-23");

  opl_checklist_facts_add_traject (facts, "a", "Eva Mulder", &a_start, &a_end, NULL);
  opl_checklist_facts_add_traject (facts, "b", "Charlotte Bakker", &b_start, NULL, NULL);

  /* Eva's last week, and the week after it. */
  assert_weekly (checklist, facts, "2026-09-01", TRUE, TRUE);
  assert_weekly (checklist, facts, "2026-09-08", FALSE, FALSE);
  assert_weekly (checklist, facts, "2026-10-20", FALSE, FALSE);
  /* Charlotte starts on Wednesday 4 November: that week is asked, not the one before,
   * and it is not missed, as it began without her. */
  assert_weekly (checklist, facts, "2026-11-05", TRUE, FALSE);
  assert_weekly (checklist, facts, "2026-11-10", TRUE, FALSE);
  assert_weekly (checklist, facts, "2026-11-17", TRUE, TRUE);

  /* The monthly video too: nothing in October, November began without her. */
  statuses = opl_checklist_get_status_for (checklist, on ("2026-10-05"), facts, in_set, none);
  g_assert_false (status_of (statuses, "maandelijks-video")->applies);
  g_clear_pointer (&statuses, g_array_unref);
  statuses = opl_checklist_get_status_for (checklist, on ("2026-12-01"), facts, in_set, none);
  g_assert_false (status_of (statuses, "maandelijks-video")->overdue);
  g_clear_pointer (&statuses, g_array_unref);
  statuses = opl_checklist_get_status_for (checklist, on ("2027-01-04"), facts, in_set, none);
  g_assert_true (status_of (statuses, "maandelijks-video")->overdue);

  /* The history leaves out the weeks without an aios. */
  history = opl_checklist_get_history_for (checklist, opl_checklist_lookup_item (checklist, "wekelijks-kpb-kvb"),
                                           &today, facts, 4, in_set, none);
  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpstr (g_array_index (history, OplChecklistPeriod, 0).period_key, ==, "2026-W47");
  g_assert_cmpstr (g_array_index (history, OplChecklistPeriod, 1).period_key, ==, "2026-W46");
  g_assert_cmpstr (g_array_index (history, OplChecklistPeriod, 2).period_key, ==, "2026-W36");
  g_assert_cmpstr (g_array_index (history, OplChecklistPeriod, 3).period_key, ==, "2026-W35");
}

static void
set_paralleldagen (OplChecklistFacts *facts,
                   gboolean           obligatory,
                   guint              n_last_year)
{
  GDate attended[5];

  for (guint i = 0; i < G_N_ELEMENTS (attended); i++)
    {
      g_date_clear (&attended[i], 1);
      g_date_set_dmy (&attended[i], 10, (GDateMonth) (10 + i % 3), 2025);
    }

  opl_checklist_facts_set_year (facts, FALSE, on ("2025-09-01"), on ("2026-08-31"),
                                obligatory, 5, attended, n_last_year);
  opl_checklist_facts_set_year (facts, TRUE, on ("2026-09-01"), on ("2027-08-31"),
                                obligatory, 5, NULL, 0);
}

/* Seed 002 (Scholing opleiders), Paralleldagen: "wordt van de opleider verwacht dat
 * deze jaarlijks aanwezig is op 5 paralleldagen" and "De paralleldagen zijn verplicht
 * voor de hoofdopleider en optioneel voor de duo-opleider." Issue 18, item 5: the
 * monthly item is not overdue every month, and never for a duo-opleider. */
static void
test_paralleldag (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) september = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(OplChecklistFacts) duo = opl_checklist_facts_new (on ("2024-01-01"));
  g_autoptr(OplChecklistFacts) met = opl_checklist_facts_new (on ("2024-01-01"));
  g_autoptr(OplChecklistFacts) short_year = opl_checklist_facts_new (on ("2024-01-01"));
  g_autoptr(GArray) statuses = NULL;
  const OplChecklistStatus *paralleldag;

  set_paralleldagen (duo, FALSE, 0);
  set_paralleldagen (met, TRUE, 5);
  set_paralleldagen (short_year, TRUE, 2);

  /* Not a single paralleldag ticked or registered in the year: a duo-opleider is never
   * overdue; a hoofdopleider who had their five last year is not overdue for a month. */
  for (GDate day = date ("2026-09-01"); g_date_compare (&day, on ("2027-08-31")) <= 0;
       g_date_add_days (&day, 1))
    {
      g_autoptr(GArray) for_duo = opl_checklist_get_status_for (checklist, &day, duo, in_set, none);
      g_autoptr(GArray) for_met = opl_checklist_get_status_for (checklist, &day, met, in_set, none);

      g_assert_false (status_of (for_duo, "maandelijks-paralleldag")->overdue);
      g_assert_true (status_of (for_duo, "maandelijks-paralleldag")->optional);
      g_assert_false (status_of (for_met, "maandelijks-paralleldag")->overdue);
    }

  /* A hoofdopleider whose year ended with two of five: overdue in the new year until
   * the first paralleldag of it. */
  statuses = opl_checklist_get_status_for (checklist, on ("2026-09-20"), short_year, in_set, none);
  paralleldag = status_of (statuses, "maandelijks-paralleldag");
  g_assert_true (paralleldag->overdue);
  g_assert_false (paralleldag->optional);
  g_assert_cmpint (paralleldag->count, ==, 0);
  g_assert_cmpint (paralleldag->required, ==, 5);
  g_clear_pointer (&statuses, g_array_unref);

  g_hash_table_add (september, (char *) "maandelijks-paralleldag@2026-09");
  statuses = opl_checklist_get_status_for (checklist, on ("2026-10-20"), short_year, in_set, september);
  paralleldag = status_of (statuses, "maandelijks-paralleldag");
  g_assert_false (paralleldag->overdue);
  g_assert_cmpint (paralleldag->count, ==, 1);
}

/* As above, through the store: the role per opleidingsjaar and the institute profile's
 * five paralleldagen, as the Scholing view has them. */
static void
test_paralleldag_store (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(OplPerson) anna = NULL, bram = NULL;
  g_autoptr(GArray) short_year = NULL, ticked = NULL;
  g_autoptr(GError) error = NULL;
  History h = { NULL };

  history_open (&h, "paralleldag.db", "2024-06-01T09:00:00.000Z");
  anna = history_add_person (&h, "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER, "2024-06-01T09:00:00.000Z");
  bram = history_add_person (&h, "Bram Jansen", OPL_ROLE_DUO_OPLEIDER, "2024-06-01T09:00:00.000Z");
  history_close (&h);

  for (GDate day = date ("2024-06-01"); g_date_compare (&day, on ("2026-08-31")) <= 0;
       g_date_add_days (&day, 10))
    {
      g_autofree char *iso = opl_date_to_iso (&day);
      g_autoptr(GArray) his = store_status (checklist, h.store, bram, iso);

      g_assert_false (status_of (his, "maandelijks-paralleldag")->overdue);
    }

  /* Anna, hoofdopleider, did not go once in 2024-2025. */
  short_year = store_status (checklist, h.store, anna, "2025-09-15");
  g_assert_true (status_of (short_year, "maandelijks-paralleldag")->overdue);
  g_assert_cmpint (status_of (short_year, "maandelijks-paralleldag")->required, ==, 5);

  g_assert_true (opl_store_set_ticked (h.store, opl_person_get_id (anna), "maandelijks-paralleldag", "2025-09",
                                       2, TRUE, &error));
  g_assert_no_error (error);
  ticked = store_status (checklist, h.store, anna, "2025-10-15");
  g_assert_false (status_of (ticked, "maandelijks-paralleldag")->overdue);
  g_assert_cmpint (status_of (ticked, "maandelijks-paralleldag")->count, ==, 1);

  g_clear_object (&h.store);
}

/* The moments of a phase I traject from @start at full time, with those of @kind up to
 * month @done_until marked done. */
static GArray *
moments_done_until (const char    *start,
                    OplMomentKind  kind,
                    int            done_until)
{
  GArray *moments = compute_moments (start, 1.0);

  for (guint i = 0; i < moments->len; i++)
    {
      OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->kind == kind && moment->month <= done_until)
        moment->state = OPL_MOMENT_STATE_DONE;
    }

  return moments;
}

static const OplChecklistStatus *
status_on (OplChecklist            *checklist,
           const OplChecklistFacts *facts,
           const char              *item_id,
           const char              *day,
           GArray                 **keep)
{
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);

  g_clear_pointer (keep, g_array_unref);
  *keep = opl_checklist_get_status_for (checklist, on (day), facts, in_set, none);
  return status_of (*keep, item_id);
}

static void
assert_day (const GDate *day,
            const char  *expected)
{
  g_autofree char *iso = g_date_valid (day) ? opl_date_to_iso (day) : g_strdup ("(none)");

  g_assert_cmpstr (iso, ==, expected);
}

/* Seed 004 (Kwaliteitsplan), HAO Voortgangsgesprekken: "Beginnende opleiders (0-3 jaar
 * ervaring) 1 x per jaar", "Gevorderde opleiders (4-5 jaar ervaring) 1 x per 2 jaar",
 * "Ervaren opleiders (>6 jaar ervaring) 1 x per 3 jaar"; seed 001, JAARLIJKS TOT
 * DRIEJAARLIJKS: "Organiseer een voortgangsgesprek met de opleiderscoach." Issue 18,
 * item 6: the item is due by the date the Scholing view shows (the facts' next_hao),
 * not every calendar year. */
static void
test_opleiderscoach_by_quality_cycle (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(OplChecklistFacts) facts = opl_checklist_facts_new (on ("2024-01-01"));
  g_autoptr(OplChecklistFacts) never = opl_checklist_facts_new (on ("2024-01-01"));
  g_autoptr(GArray) keep = NULL;
  g_autoptr(GArray) history = NULL;
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  const OplChecklistStatus *coach;

  /* Four years of experience: every two years. Last on 10 March 2025, next by 10 March
   * 2027; in January 2027 (a new calendar year) it is still done. */
  opl_checklist_facts_set_hao (facts, on ("2025-03-10"), on ("2027-03-10"));
  opl_checklist_facts_add_done_day (facts, "jaarlijks-opleiderscoach", on ("2025-03-10"));
  coach = status_on (checklist, facts, "jaarlijks-opleiderscoach", "2027-01-15", &keep);
  g_assert_true (coach->applies);
  g_assert_true (coach->done);
  g_assert_false (coach->overdue);
  assert_day (&coach->last, "2025-03-10");
  assert_day (&coach->due, "2027-03-10");
  g_assert_cmpstr (coach->period_key, ==, "2025-03-10");

  /* On the day it is due it is not yet overdue; the day after it is, as the Scholing
   * view's hao_overdue. */
  coach = status_on (checklist, facts, "jaarlijks-opleiderscoach", "2027-03-10", &keep);
  g_assert_false (coach->overdue);
  coach = status_on (checklist, facts, "jaarlijks-opleiderscoach", "2027-03-11", &keep);
  g_assert_true (coach->overdue);
  g_assert_false (coach->done);
  g_assert_cmpstr (coach->period_key, ==, "2027-03-11");

  /* None yet: due by the end of the opleidingsjaar, as the Scholing view says. */
  opl_checklist_facts_set_hao (never, NULL, on ("2027-08-31"));
  coach = status_on (checklist, never, "jaarlijks-opleiderscoach", "2026-11-22", &keep);
  g_assert_false (coach->done);
  g_assert_false (coach->overdue);
  assert_day (&coach->last, "(none)");
  assert_day (&coach->due, "2027-08-31");

  /* The history lists the gesprekken. */
  history = opl_checklist_get_history_for (checklist, opl_checklist_lookup_item (checklist, "jaarlijks-opleiderscoach"),
                                           on ("2027-01-15"), facts, 8, in_set, none);
  g_assert_cmpuint (history->len, ==, 1);
  g_assert_cmpstr (g_array_index (history, OplChecklistPeriod, 0).period_key, ==, "2025-03-10");
  g_assert_true (g_array_index (history, OplChecklistPeriod, 0).done);
}

/* As above through the store: the facts are the Scholing view's own date
 * (opl_store_get_scholing_report()'s next_hao) for a beginner, an advanced and an
 * experienced opleider, with and without a gesprek; and a gesprek recorded in the
 * Scholing view ticks the item. Seed 004: "1 x per jaar", "1 x per 2 jaar", "1 x per
 * 3 jaar". */
static void
test_opleiderscoach_store (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(OplPerson) anna = NULL;
  g_autoptr(OplInstitute) institute = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *gesprek = NULL;
  const int since_years[] = { 2025, 2022, 2018 };
  const char *days[] = { "2026-01-10", "2026-10-01", "2027-02-15", "2028-09-30", "2029-12-01" };
  History h = { NULL };

  history_open (&h, "opleiderscoach.db", "2024-06-01T09:00:00.000Z");
  anna = history_add_person (&h, "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER, "2024-06-01T09:00:00.000Z");
  history_close (&h);
  institute = opl_store_load_institute (h.store, &error);
  g_assert_no_error (error);

  for (guint with = 0; with < 2; with++)
    {
      if (with == 1)
        {
          gesprek = opl_store_add_hao_gesprek (h.store, opl_person_get_id (anna), on ("2025-11-20"), NULL, &error);
          g_assert_no_error (error);
        }

      for (guint s = 0; s < G_N_ELEMENTS (since_years); s++)
        {
          g_assert_true (opl_store_set_opleider_since (h.store, opl_person_get_id (anna), since_years[s], &error));
          g_assert_no_error (error);

          for (guint d = 0; d < G_N_ELEMENTS (days); d++)
            {
              const GDate *today = on (days[d]);
              int year = opl_scholing_year_of (opl_institute_get_rules (institute), today);
              g_autoptr(OplScholingReport) report =
                opl_store_get_scholing_report (h.store, institute, opl_person_get_id (anna), year, today, &error);
              g_autoptr(OplChecklistFacts) facts =
                opl_store_get_checklist_facts (h.store, checklist, opl_person_get_id (anna), today, &error);
              g_autoptr(GArray) statuses = store_status (checklist, h.store, anna, days[d]);
              const OplChecklistStatus *coach = status_of (statuses, "jaarlijks-opleiderscoach");

              g_assert_no_error (error);
              g_assert_cmpint (g_date_compare (&facts->next_hao, &report->next_hao), ==, 0);
              g_assert_cmpint (g_date_compare (&coach->due, &report->next_hao), ==, 0);
              g_assert_cmpint (g_date_valid (&facts->last_hao), ==, g_date_valid (&report->last_hao));
              g_assert_cmpint (coach->overdue, ==, report->hao_overdue);
            }
        }
    }

  /* Every two years from 4 years on (since 2022): the gesprek of 20 November 2025 is
   * the last, and the item is done in 2026 and 2027 until 20 November 2027. */
  g_assert_true (opl_store_set_opleider_since (h.store, opl_person_get_id (anna), 2022, &error));
  {
    g_autoptr(GArray) statuses = store_status (checklist, h.store, anna, "2026-12-01");
    const OplChecklistStatus *coach = status_of (statuses, "jaarlijks-opleiderscoach");

    g_assert_true (coach->done);
    assert_day (&coach->last, "2025-11-20");
    assert_day (&coach->due, "2027-11-20");
  }

  g_clear_object (&h.store);
}

/* Seed 001, DRIE TOT ZESMAANDELIJKS: "Organiseer iedere 3 tot 6 maanden een
 * evaluatiegesprek met de groepsbegeleider om de voortgang van jouw rol als
 * huisartsopleider te bespreken." Issue 18, item 7: due six months after the last one,
 * asked again three months after it, not per calendar half year; and (issue 14) only
 * while an aios is in training: the groepsbegeleider is the aios's. */
static void
test_groepsbegeleider_after_last (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(OplChecklistFacts) facts = opl_checklist_facts_new (on ("2025-06-01"));
  g_autoptr(OplChecklistFacts) later = opl_checklist_facts_new (on ("2025-06-01"));
  g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) keep = NULL;
  g_autoptr(GArray) history = NULL;
  const OplChecklistStatus *evaluation;
  const char *id = "halfjaarlijks-groepsbegeleider";

  opl_checklist_facts_add_traject (facts, "daan", "Daan Visser", on ("2025-09-01"), on ("2026-08-31"), NULL);
  opl_checklist_facts_add_traject (facts, "eva", "Eva Mulder", on ("2026-11-04"), NULL, NULL);
  opl_checklist_facts_add_done_day (facts, id, on ("2026-01-05"));

  /* Done on 5 January: done until 5 April, asked from then, due by 5 July. */
  evaluation = status_on (checklist, facts, id, "2026-03-01", &keep);
  g_assert_true (evaluation->done);
  g_assert_cmpstr (evaluation->period_key, ==, "2026-01-05");
  assert_day (&evaluation->last, "2026-01-05");
  assert_day (&evaluation->due, "2026-07-05");
  evaluation = status_on (checklist, facts, id, "2026-04-06", &keep);
  g_assert_false (evaluation->done);
  g_assert_false (evaluation->overdue);
  g_assert_true (evaluation->applies);
  g_assert_cmpstr (evaluation->period_key, ==, "2026-04-06");
  evaluation = status_on (checklist, facts, id, "2026-07-05", &keep);
  g_assert_false (evaluation->overdue);
  /* A calendar half year would have counted it done for all of the first half and
   * asked nothing until July; six months after the last it is overdue on 6 July. */
  evaluation = status_on (checklist, facts, id, "2026-07-06", &keep);
  g_assert_true (evaluation->overdue);

  /* Daan's traject ended on 31 August; from then, with no aios, nothing is asked. */
  evaluation = status_on (checklist, facts, id, "2026-10-01", &keep);
  g_assert_false (evaluation->applies);
  g_assert_false (evaluation->overdue);
  /* Eva starts on 4 November: due six months after that, not overdue at once. */
  evaluation = status_on (checklist, facts, id, "2026-11-22", &keep);
  g_assert_true (evaluation->applies);
  g_assert_false (evaluation->overdue);
  assert_day (&evaluation->due, "2027-05-04");

  /* The history: done on 5 January, missed on 5 July (Daan in training), nothing
   * missed after that while there was no aios. Without one it counts from "since". */
  history = opl_checklist_get_history_for (checklist, opl_checklist_lookup_item (checklist, id),
                                           on ("2026-11-22"), facts, 8, in_set, none);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpstr (g_array_index (history, OplChecklistPeriod, 0).period_key, ==, "2026-07-05");
  g_assert_false (g_array_index (history, OplChecklistPeriod, 0).done);
  g_assert_cmpstr (g_array_index (history, OplChecklistPeriod, 1).period_key, ==, "2026-01-05");
  g_assert_true (g_array_index (history, OplChecklistPeriod, 1).done);
  g_assert_cmpstr (g_array_index (history, OplChecklistPeriod, 2).period_key, ==, "2025-12-01");
  g_assert_false (g_array_index (history, OplChecklistPeriod, 2).done);

  /* Never done, an aios from before "since": due six months after "since". */
  opl_checklist_facts_add_traject (later, "daan", "Daan Visser", on ("2025-03-01"), NULL, NULL);
  evaluation = status_on (checklist, later, id, "2025-11-30", &keep);
  assert_day (&evaluation->due, "2025-12-01");
  g_assert_false (evaluation->overdue);
  evaluation = status_on (checklist, later, id, "2025-12-02", &keep);
  g_assert_true (evaluation->overdue);
}

/* As above through the store: a tick is the day it was held (period_key 2026-01-05,
 * the key of a daily period), and unticking removes it; a tick of version 2 for a
 * half year (2026-H1) counts as done on the day it was made. */
static void
test_groepsbegeleider_store (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(OplPerson) anna = NULL, daan = NULL;
  g_autoptr(OplTraject) traject = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) old = NULL, ticked = NULL, unticked = NULL, gone = NULL;
  const char *id = "halfjaarlijks-groepsbegeleider";
  OplSetupTick tick = { 0 };
  History h = { NULL };

  history_open (&h, "groepsbegeleider.db", "2025-06-01T09:00:00.000Z");
  anna = history_add_person (&h, "Anna de Vries", OPL_ROLE_HOOFDOPLEIDER, "2025-06-01T09:00:00.000Z");
  daan = history_add_person (&h, "Daan Visser", OPL_ROLE_AIOS, "2025-06-01T09:00:00.000Z");
  traject = history_add_traject (&h, daan, anna, "2025-09-01", 1.0, "2025-06-01T09:05:00.000Z");
  tick.person_id = (char *) opl_person_get_id (anna);
  tick.item_id = (char *) id;
  tick.period_key = (char *) "2026-H1";
  tick.checklist_version = 2;
  g_assert_true (opl_store_history_add_tick (h.store, &tick, "2026-02-17T10:00:00.000Z", &error));
  g_assert_no_error (error);
  history_close (&h);

  /* Version 2's tick of the first half of 2026, made on 17 February. */
  old = store_status (checklist, h.store, anna, "2026-04-01");
  g_assert_true (status_of (old, id)->done);
  assert_day (&status_of (old, id)->last, "2026-02-17");
  assert_day (&status_of (old, id)->due, "2026-08-17");
  g_assert_cmpstr (status_of (old, id)->period_key, ==, "2026-02-17");

  /* 20 May: asked again; ticked that day. */
  g_assert_false (status_of (store_status (checklist, h.store, anna, "2026-05-20"), id)->done);
  g_assert_true (opl_store_set_ticked (h.store, opl_person_get_id (anna), id, "2026-05-20", 3, TRUE, &error));
  g_assert_no_error (error);
  ticked = store_status (checklist, h.store, anna, "2026-05-20");
  g_assert_true (status_of (ticked, id)->done);
  assert_day (&status_of (ticked, id)->due, "2026-11-20");

  /* Unticking that day leaves the tick of version 2; unticking its day removes it. */
  g_assert_true (opl_store_untick_day (h.store, opl_person_get_id (anna), id, on ("2026-05-20"), &error));
  g_assert_no_error (error);
  unticked = store_status (checklist, h.store, anna, "2026-05-20");
  g_assert_false (status_of (unticked, id)->done);
  assert_day (&status_of (unticked, id)->last, "2026-02-17");
  g_assert_true (opl_store_untick_day (h.store, opl_person_get_id (anna), id, on ("2026-02-17"), &error));
  g_assert_no_error (error);
  gone = store_status (checklist, h.store, anna, "2026-05-20");
  assert_day (&status_of (gone, id)->last, "(none)");

  g_clear_object (&h.store);
}

/* Seed 001, Leergesprekken: "Voordat je de Combel invult, vraag je feedback over het
 * functioneren van de aios bij de doktersassistenten, evt. plaatsvervangend opleiders
 * en POH." Asked in the three weeks before each ComBel moment, done with a tick in
 * them, overdue when the ComBel's date passed without. */
static void
test_feedback_before_combel (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GArray) moments = compute_moments ("2026-09-01", 1.0);
  g_autoptr(OplChecklistFacts) facts = opl_checklist_facts_new (on ("2026-06-01"));
  g_autoptr(OplChecklistFacts) asked = opl_checklist_facts_new (on ("2026-06-01"));
  g_autoptr(GArray) keep = NULL;
  const OplChecklistStatus *feedback;
  const char *id = "driemaandelijks-feedback-assistenten";

  opl_checklist_facts_add_traject (facts, "charlotte", "Charlotte Bakker", on ("2026-09-01"), NULL, moments);
  opl_checklist_facts_add_traject (asked, "charlotte", "Charlotte Bakker", on ("2026-09-01"), NULL, moments);
  opl_checklist_facts_add_done_day (asked, id, on ("2026-11-16"));

  /* Training month 3 is 1 December: not asked before 10 November. */
  feedback = status_on (checklist, facts, id, "2026-11-01", &keep);
  g_assert_false (feedback->applies);
  g_assert_false (feedback->overdue);
  g_assert_cmpint (feedback->month, ==, 3);
  assert_day (&feedback->due, "2026-12-01");
  assert_day (&feedback->from, "2026-11-10");
  feedback = status_on (checklist, facts, id, "2026-11-10", &keep);
  g_assert_true (feedback->applies);
  g_assert_false (feedback->done);
  feedback = status_on (checklist, facts, id, "2026-12-02", &keep);
  g_assert_true (feedback->overdue);

  /* Asked on 16 November: done, and the tick's day is its key. */
  feedback = status_on (checklist, asked, id, "2026-11-20", &keep);
  g_assert_true (feedback->done);
  g_assert_cmpstr (feedback->period_key, ==, "2026-11-16");
  feedback = status_on (checklist, asked, id, "2026-12-02", &keep);
  g_assert_false (feedback->overdue);
  g_assert_cmpint (feedback->month, ==, 6);
}

/* Seed 001, the table of voortgangsgesprekken: "3e voortgangsgesprek fase 1 / Na 9
 * maanden / Docenten, aios en opleider / Go / No-Go / Go op voorwaarden". The item of
 * the voortgangsgesprek says so for training month 9, and for no other. */
static void
test_go_no_go_note (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GArray) moments = moments_done_until ("2026-09-01", OPL_MOMENT_VOORTGANGSGESPREK, 6);
  g_autoptr(GArray) first = moments_done_until ("2026-09-01", OPL_MOMENT_VOORTGANGSGESPREK, 0);
  g_autoptr(OplChecklistFacts) facts = opl_checklist_facts_new (on ("2026-06-01"));
  g_autoptr(OplChecklistFacts) early = opl_checklist_facts_new (on ("2026-06-01"));
  g_autoptr(GArray) keep = NULL;
  const OplChecklistStatus *gesprek;

  opl_checklist_facts_add_traject (facts, "charlotte", "Charlotte Bakker", on ("2026-09-01"), NULL, moments);
  opl_checklist_facts_add_traject (early, "charlotte", "Charlotte Bakker", on ("2026-09-01"), NULL, first);

  gesprek = status_on (checklist, facts, "driemaandelijks-voortgangsgesprek", "2027-04-01", &keep);
  g_assert_cmpint (gesprek->month, ==, 9);
  g_assert_nonnull (gesprek->note);
  g_assert_nonnull (strstr (gesprek->note, "no-go"));

  /* Month 4, in the practice with the groepsbegeleiders: its own note. */
  gesprek = status_on (checklist, early, "driemaandelijks-voortgangsgesprek", "2026-10-01", &keep);
  g_assert_cmpint (gesprek->month, ==, 4);
  g_assert_nonnull (strstr (gesprek->note, "groepsbegeleiders"));

  /* The ComBel has no notes. */
  g_assert_null (status_of (keep, "driemaandelijks-combel")->note);
}

/* Seed 001, Ziekte van de opleider of van de aios: "Als je als opleider wegens ziekte
 * afwezig bent en je jouw werkzaamheden ten minste een week aaneengesloten niet kunt
 * verrichten én een geregistreerde opleider jou niet kan vervangen, meld je dit bij de
 * huisartsopleiding LUMC". A reminder: never asked, never overdue, no history, with or
 * without the practice's facts, ticked or not. */
static void
test_when_needed_reminder (void)
{
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(OplChecklistFacts) facts = opl_checklist_facts_new (on ("2024-01-01"));
  g_autoptr(GHashTable) ticks = g_hash_table_new (g_str_hash, g_str_equal);
  const OplChecklistItem *item = opl_checklist_lookup_item (checklist, "ziekte-opleider");

  g_hash_table_add (ticks, (char *) "ziekte-opleider@2026");
  g_hash_table_add (ticks, (char *) "ziekte-opleider@2025");
  opl_checklist_facts_add_traject (facts, "daan", "Daan Visser", on ("2025-09-01"), NULL, NULL);
  g_assert_nonnull (item);

  for (GDate day = date ("2025-01-01"); g_date_compare (&day, on ("2027-01-01")) < 0; g_date_add_days (&day, 7))
    {
      g_autoptr(GArray) with_facts = opl_checklist_get_status_for (checklist, &day, facts, in_set, ticks);
      g_autoptr(GArray) without = opl_checklist_get_status (checklist, &day, on ("2024-01-01"), in_set, ticks);

      g_assert_false (status_of (with_facts, item->id)->applies);
      g_assert_false (status_of (with_facts, item->id)->overdue);
      g_assert_false (status_of (without, item->id)->applies);
      g_assert_false (status_of (without, item->id)->overdue);
    }

  {
    g_autoptr(GArray) history = opl_checklist_get_history_for (checklist, item, on ("2026-11-22"), facts, 8,
                                                               in_set, ticks);
    g_autoptr(GArray) plain = opl_checklist_get_history (checklist, item, on ("2026-11-22"), NULL, 8, in_set, ticks);

    g_assert_cmpuint (history->len, ==, 0);
    g_assert_cmpuint (plain->len, ==, 0);
  }
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
  g_test_add_func ("/opl/checklist/period-key-parse", test_period_key_parse);
  g_test_add_func ("/opl/checklist/new-practice-first-day", test_new_practice_first_day);
  g_test_add_func ("/opl/checklist/added-on-31-march", test_added_on_31_march);
  g_test_add_func ("/opl/checklist/combel-by-training-month", test_combel_by_training_month);
  g_test_add_func ("/opl/checklist/combel-by-training-month-store", test_combel_by_training_month_store);
  g_test_add_func ("/opl/checklist/version-1-ticks", test_version_1_ticks);
  g_test_add_func ("/opl/checklist/tasks-with-the-aios", test_tasks_with_the_aios);
  g_test_add_func ("/opl/checklist/paralleldag", test_paralleldag);
  g_test_add_func ("/opl/checklist/paralleldag-store", test_paralleldag_store);
  g_test_add_func ("/opl/checklist/opleiderscoach-by-quality-cycle", test_opleiderscoach_by_quality_cycle);
  g_test_add_func ("/opl/checklist/opleiderscoach-store", test_opleiderscoach_store);
  g_test_add_func ("/opl/checklist/groepsbegeleider-after-last", test_groepsbegeleider_after_last);
  g_test_add_func ("/opl/checklist/groepsbegeleider-store", test_groepsbegeleider_store);
  g_test_add_func ("/opl/checklist/feedback-before-combel", test_feedback_before_combel);
  g_test_add_func ("/opl/checklist/go-no-go-note", test_go_no_go_note);
  g_test_add_func ("/opl/checklist/when-needed-reminder", test_when_needed_reminder);

  return g_test_run ();
}
