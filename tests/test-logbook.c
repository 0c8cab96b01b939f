/* test-logbook.c: KPB/KVB and diensten, their counters and the supervision rule.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: domain.md 'The training year' (KPB/KVB about one a week, about 40 by the end
 * of the year; at least 20 diensten a year with the opleider or a substitute at the
 * same post; after the bekwaamheidsverklaring for supervision at a distance in year 3,
 * at least 5 and at most 8 diensten at a distance, preferably 2 night shifts; part time
 * lengthens the training in proportion; interruptions of more than 10 days are made
 * up), issue 5 ('KPB/KVB: quick entry ... and a counter against the pace'), issue 17
 * ('No lost updates').
 */

#include "config.h"

#include "opl-form-registry.h"
#include "opl-store-forms.h"
#include "opl-test-utils.h"

static GDate
date (int year,
      int month,
      int day)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, day, month, year);
  return d;
}

static OplScheduleInput
input (OplPhase    phase,
       GDate       start,
       double      parttime)
{
  OplScheduleInput in = { .phase = phase, .start = start, .parttime = parttime };

  g_date_clear (&in.end, 1);
  return in;
}

/* domain.md 'The training year': about 40 KPB/KVB a year, pro rata by today. */
static void
test_pace_full_time (void)
{
  OplScheduleInput in = input (OPL_PHASE_I, date (2026, 1, 1), 1.0);
  GDate before = date (2025, 12, 1);
  GDate halfway = date (2026, 7, 2);
  GDate end = date (2027, 1, 1);
  GDate later = date (2027, 3, 1);
  OplPace pace;

  opl_pace_compute (&in, &before, OPL_KPB_PER_YEAR, 0, &pace);
  g_assert_cmpuint (pace.expected, ==, 0);
  g_assert_false (pace.behind);

  /* 182 of 365 days. */
  opl_pace_compute (&in, &halfway, OPL_KPB_PER_YEAR, 19, &pace);
  g_assert_cmpfloat_with_epsilon (pace.fraction, 182.0 / 365.0, 1e-9);
  g_assert_cmpuint (pace.expected, ==, 19);
  g_assert_cmpuint (pace.target, ==, 40);
  g_assert_false (pace.behind);
  opl_pace_compute (&in, &halfway, OPL_KPB_PER_YEAR, 18, &pace);
  g_assert_true (pace.behind);

  opl_pace_compute (&in, &end, OPL_KPB_PER_YEAR, 39, &pace);
  g_assert_cmpfloat (pace.fraction, ==, 1.0);
  g_assert_cmpuint (pace.expected, ==, 40);
  g_assert_true (pace.behind);
  opl_pace_compute (&in, &later, OPL_DIENSTEN_PER_YEAR, 20, &pace);
  g_assert_cmpuint (pace.expected, ==, 20);
  g_assert_false (pace.behind);
}

/* domain.md 'The training year': part time lengthens the training year in proportion. */
static void
test_pace_part_time (void)
{
  OplScheduleInput in = input (OPL_PHASE_II, date (2026, 1, 1), 0.5);
  GDate one_year = date (2027, 1, 1);
  GDate two_years = date (2028, 1, 1);
  OplPace pace;

  /* At half time, one calendar year is half the training year: 20 of 40. */
  opl_pace_compute (&in, &one_year, OPL_KPB_PER_YEAR, 20, &pace);
  g_assert_cmpfloat_with_epsilon (pace.fraction, 365.0 / 730.0, 1e-9);
  g_assert_cmpuint (pace.expected, ==, 20);
  g_assert_false (pace.behind);
  opl_pace_compute (&in, &two_years, OPL_KPB_PER_YEAR, 20, &pace);
  g_assert_cmpuint (pace.expected, ==, 40);
  g_assert_true (pace.behind);
}

/* domain.md 'The training year': an interruption of more than 10 days is made up, so
 * its days are no training time; ten days or fewer are not. */
static void
test_pace_leave (void)
{
  OplScheduleInput in = input (OPL_PHASE_I, date (2026, 1, 1), 1.0);
  OplLeave long_leave = { OPL_LEAVE_ZIEKTE, date (2026, 3, 1), date (2026, 3, 31) };
  OplLeave short_leave = { OPL_LEAVE_ZIEKTE, date (2026, 3, 1), date (2026, 3, 10) };
  GDate today = date (2026, 7, 2);
  OplPace pace;

  in.leaves = &long_leave;
  in.n_leaves = 1;
  opl_pace_compute (&in, &today, OPL_KPB_PER_YEAR, 0, &pace);
  /* 182 days gone, 31 of them ill; the year lasts 365 training days (31 made up). */
  g_assert_cmpfloat_with_epsilon (pace.fraction, (182.0 - 31.0) / 365.0, 1e-9);
  g_assert_cmpuint (pace.expected, ==, 16);

  in.leaves = &short_leave;
  opl_pace_compute (&in, &today, OPL_KPB_PER_YEAR, 0, &pace);
  g_assert_cmpfloat_with_epsilon (pace.fraction, 182.0 / 365.0, 1e-9);
}

static OplDienst
dienst (GDate          day,
        OplDienstKind  kind,
        gboolean       at_distance)
{
  OplDienst d = { .date = day, .kind = kind, .at_distance = at_distance };

  return d;
}

/* domain.md 'The training year': after the bekwaamheidsverklaring for supervision at a
 * distance in year 3, at least 5 and at most 8 diensten at a distance, preferably 2
 * night shifts. */
static void
test_supervision_rule (void)
{
  GDate declared = date (2026, 6, 1);
  OplDienst diensten[12];
  OplSupervision result;
  g_auto(GStrv) messages = NULL;

  /* Fase I: not applicable; a dienst at a distance is a warning. */
  diensten[0] = dienst (date (2026, 7, 1), OPL_DIENST_AVOND, FALSE);
  opl_supervision_check (OPL_PHASE_I, NULL, diensten, 1, &result);
  g_assert_cmpint (result.status, ==, OPL_SUPERVISION_NOT_APPLICABLE);
  g_assert_cmpint (result.warnings, ==, OPL_SUPERVISION_WARNING_NONE);
  diensten[0].at_distance = TRUE;
  opl_supervision_check (OPL_PHASE_I, NULL, diensten, 1, &result);
  g_assert_true (result.warnings & OPL_SUPERVISION_WARNING_BEFORE_DECLARATION);
  g_assert_cmpuint (result.n_at_distance, ==, 0);

  /* Fase II without a declaration. */
  opl_supervision_check (OPL_PHASE_II, NULL, diensten, 1, &result);
  g_assert_cmpint (result.status, ==, OPL_SUPERVISION_NO_DECLARATION);
  g_assert_true (result.warnings & OPL_SUPERVISION_WARNING_BEFORE_DECLARATION);

  /* One before the declaration does not count; four after it are too few. */
  diensten[0] = dienst (date (2026, 5, 1), OPL_DIENST_NACHT, TRUE);
  for (guint i = 1; i <= 4; i++)
    diensten[i] = dienst (date (2026, 6, (int) i * 5), OPL_DIENST_AVOND, TRUE);
  diensten[5] = dienst (date (2026, 6, 27), OPL_DIENST_NACHT, FALSE);
  opl_supervision_check (OPL_PHASE_II, &declared, diensten, 6, &result);
  g_assert_cmpint (result.status, ==, OPL_SUPERVISION_TOO_FEW);
  g_assert_cmpuint (result.n_at_distance, ==, 4);
  g_assert_true (result.warnings & OPL_SUPERVISION_WARNING_BEFORE_DECLARATION);
  /* Below the minimum there is still room for the nights: no warning yet. */
  g_assert_false (result.warnings & OPL_SUPERVISION_WARNING_FEW_NIGHTS);

  /* Five, none at night: within the rule, but the nights are missing. */
  diensten[5].at_distance = TRUE;
  diensten[5].kind = OPL_DIENST_WEEKEND;
  opl_supervision_check (OPL_PHASE_II, &declared, diensten + 1, 5, &result);
  g_assert_cmpint (result.status, ==, OPL_SUPERVISION_OK);
  g_assert_cmpint (result.warnings, ==, OPL_SUPERVISION_WARNING_FEW_NIGHTS);
  messages = opl_supervision_get_messages (&result);
  g_assert_cmpuint (g_strv_length (messages), ==, 2);
  g_assert_nonnull (strstr (messages[0], "5 diensten"));
  g_assert_nonnull (strstr (messages[1], "night"));

  /* Two of them nights: nothing to warn about. */
  diensten[1].kind = OPL_DIENST_NACHT;
  diensten[2].kind = OPL_DIENST_NACHT;
  opl_supervision_check (OPL_PHASE_II, &declared, diensten + 1, 5, &result);
  g_assert_cmpint (result.status, ==, OPL_SUPERVISION_OK);
  g_assert_cmpint (result.warnings, ==, OPL_SUPERVISION_WARNING_NONE);
  g_assert_cmpuint (result.n_nights_at_distance, ==, 2);

  /* Eight is the most; nine is too many. */
  for (guint i = 6; i < 10; i++)
    diensten[i] = dienst (date (2026, 7, (int) i), OPL_DIENST_AVOND, TRUE);
  opl_supervision_check (OPL_PHASE_II, &declared, diensten + 1, 8, &result);
  g_assert_cmpint (result.status, ==, OPL_SUPERVISION_OK);
  opl_supervision_check (OPL_PHASE_II, &declared, diensten + 1, 9, &result);
  g_assert_cmpint (result.status, ==, OPL_SUPERVISION_TOO_MANY);
  g_assert_true (result.warnings & OPL_SUPERVISION_WARNING_TOO_MANY);
}

/* Seed 001 (001_0274be3d365a3933.txt), "Diensten doen en compenseren": "Een aios moet
 * minimaal 20 diensten per jaar doen met de opleider (of met de vervangend opleider op
 * dezelfde post)." and "Na het afgeven van de bekwaamheidsverklaring voor supervisie op
 * afstand in het derde jaar verricht de aios minimaal vijf en maximaal acht diensten met
 * supervisie op afstand": those at a distance and those with anyone else are kept, but
 * do not count towards the 20. */
static void
test_diensten_that_count (void)
{
  OplDienst diensten[4] = {
    { .with_person_id = (char *) "opleider", .with_name = (char *) "" },
    { .with_name = (char *) "Dr. De Groot, vervangend opleider op de post" },
    { .with_person_id = (char *) "opleider", .with_name = (char *) "", .at_distance = TRUE },
    { .with_name = (char *) "" },
  };

  g_assert_true (opl_dienst_counts_towards_year (&diensten[0]));
  g_assert_true (opl_dienst_counts_towards_year (&diensten[1]));
  /* Supervision at a distance: not with the opleider beside the aios. */
  g_assert_false (opl_dienst_counts_towards_year (&diensten[2]));
  /* With someone else: neither the opleider nor the substitute at the same post. */
  g_assert_false (opl_dienst_counts_towards_year (&diensten[3]));
  g_assert_cmpuint (opl_diensten_count_towards_year (diensten, G_N_ELEMENTS (diensten)), ==, 2);
  g_assert_cmpuint (opl_diensten_count_towards_year (NULL, 0), ==, 0);
}

typedef struct
{
  OplStore        *store;
  OplFormRegistry *registry;
  OplTraject      *charlotte;
  OplTraject      *daan;
  char            *anna;
  char            *charlotte_id;
  GDate            today;
} Fixture;

static OplTraject *
find_traject (GPtrArray  *trajecten,
              const char *aios,
              OplPhase    phase)
{
  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (g_str_equal (opl_traject_get_aios_name (traject), aios) && opl_traject_get_phase (traject) == phase &&
          opl_traject_get_end (traject) == NULL)
        return g_object_ref (traject);
    }

  g_assert_not_reached ();
}

/* The demo practice of 22 November 2026. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = opl_test_db_path ("logbook.db");
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;

  opl_test_fixed_today (&fixture->today);
  fixture->store = opl_test_demo_store (path);
  fixture->registry = opl_form_registry_new_default (&error);
  trajecten = opl_store_list_trajecten (fixture->store, NULL, &error);
  g_assert_no_error (error);
  fixture->charlotte = find_traject (trajecten, "Charlotte Bakker", OPL_PHASE_I);
  fixture->daan = find_traject (trajecten, "Daan Visser", OPL_PHASE_II);
  fixture->anna = g_strdup (opl_person_get_id (opl_store_find_profile (fixture->store, "Anna de Vries")));
  fixture->charlotte_id = g_strdup (opl_traject_get_aios_id (fixture->charlotte));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->charlotte);
  g_clear_object (&fixture->daan);
  g_clear_object (&fixture->registry);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->anna, g_free);
  g_clear_pointer (&fixture->charlotte_id, g_free);
}

static guint
n_entries (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) entries = opl_store_list_kpb (fixture->store, opl_traject_get_id (fixture->charlotte), &error);

  g_assert_no_error (error);
  return entries->len;
}

static void
assert_entry_refused (Fixture           *fixture,
                      OplFormDefinition *definition,
                      OplKpbEntry       *entry,
                      const char        *message_part)
{
  g_autoptr(GError) error = NULL;
  guint before = n_entries (fixture);

  g_assert_false (opl_store_save_kpb (fixture->store, definition, entry, &error));
  g_assert_nonnull (error);
  if (strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, message_part);
  g_assert_cmpuint (n_entries (fixture), ==, before);
  g_assert_null (entry->id);
}

/* issue 5: KPB/KVB quick entry (date, topic, competentiegebied, score, feedback). */
static void
test_kpb_entry (Fixture       *fixture,
                gconstpointer  data)
{
  OplFormDefinition *kpb = opl_form_registry_get_current (fixture->registry, OPL_FORM_KIND_KPB);
  OplFormDefinition *kvb = opl_form_registry_get_current (fixture->registry, OPL_FORM_KIND_KVB);
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  OplKpbEntry entry = {
    .traject_id = g_strdup (opl_traject_get_id (fixture->charlotte)),
    .date = date (2026, 11, 20),
    .topic = g_strdup ("Consult oorpijn"),
    .competentiegebied = g_strdup ("communicatie"),
    .score = g_strdup ("goed"),
    .feedback = g_strdup ("Top: goede uitleg. Tip: vangnet."),
    .assessor_id = g_strdup (fixture->anna),
  };
  guint before = n_entries (fixture);
  OplPace pace;

  g_assert_cmpuint (before, ==, 15);

  /* Refused, nothing written. */
  g_free (entry.score);
  entry.score = g_strdup ("uitstekend");
  assert_entry_refused (fixture, kpb, &entry, "uitstekend");
  g_free (entry.score);
  entry.score = g_strdup ("goed");
  g_free (entry.competentiegebied);
  entry.competentiegebied = g_strdup ("chirurgie");
  assert_entry_refused (fixture, kpb, &entry, "chirurgie");
  g_free (entry.competentiegebied);
  entry.competentiegebied = g_strdup ("communicatie");
  entry.date = date (2026, 6, 1);
  assert_entry_refused (fixture, kpb, &entry, "outside the traject");
  entry.date = date (2026, 11, 20);
  g_free (entry.topic);
  entry.topic = g_strdup ("  ");
  assert_entry_refused (fixture, kpb, &entry, "observed");
  g_free (entry.topic);
  entry.topic = g_strdup ("Consult oorpijn");
  /* A KVB score on a KPB's scale. */
  assert_entry_refused (fixture, kvb, &entry, "goed");

  g_assert_true (opl_store_save_kpb (fixture->store, kpb, &entry, &error));
  g_assert_no_error (error);
  g_assert_nonnull (entry.id);
  g_assert_cmpint (entry.kind, ==, OPL_ENTRY_KPB);
  g_assert_cmpstr (entry.definition_id, ==, "kpb");
  g_assert_cmpuint (n_entries (fixture), ==, before + 1);

  /* An edit keeps its definition. */
  g_free (entry.feedback);
  entry.feedback = g_strdup ("Aangevuld");
  g_assert_true (opl_store_save_kpb (fixture->store, NULL, &entry, &error));
  g_assert_no_error (error);
  entries = opl_store_list_kpb (fixture->store, opl_traject_get_id (fixture->charlotte), &error);
  g_assert_cmpuint (entries->len, ==, before + 1);
  g_assert_cmpstr (g_array_index (entries, OplKpbEntry, entries->len - 1).feedback, ==, "Aangevuld");
  g_assert_cmpstr (g_array_index (entries, OplKpbEntry, entries->len - 1).competentiegebied, ==, "communicatie");

  /* domain.md 'The training year': 16 by 22 November, four and a half months into the
   * year (40 x 144 / 365 = 15.8: 15 expected). */
  g_assert_true (opl_store_get_kpb_pace (fixture->store, fixture->charlotte, &fixture->today, &pace, &error));
  g_assert_cmpuint (pace.count, ==, 16);
  g_assert_cmpuint (pace.expected, ==, 15);
  g_assert_false (pace.behind);

  g_assert_true (opl_store_delete_kpb (fixture->store, entry.id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_entries (fixture), ==, before);
  opl_kpb_entry_clear (&entry);
}

/* issue 5: diensten (date, kind, with whom) against 20 a year. */
static void
test_diensten (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GArray) diensten = NULL;
  g_autoptr(GError) error = NULL;
  OplDienst dienst = {
    .traject_id = g_strdup (opl_traject_get_id (fixture->charlotte)),
    .date = date (2026, 11, 14),
    .kind = OPL_DIENST_NACHT,
    .with_person_id = g_strdup (fixture->charlotte_id),
  };
  OplPace pace;

  /* domain.md 'The training year': diensten with the opleider (or a substitute). */
  g_assert_false (opl_store_save_dienst (fixture->store, &dienst, &error));
  g_assert_nonnull (strstr (error->message, "opleider"));
  g_clear_error (&error);
  g_clear_pointer (&dienst.with_person_id, g_free);
  dienst.with_name = g_strdup ("Dr. De Groot, waarnemer op de post");
  g_assert_true (opl_store_save_dienst (fixture->store, &dienst, &error));
  g_assert_no_error (error);

  diensten = opl_store_list_diensten (fixture->store, opl_traject_get_id (fixture->charlotte), &error);
  g_assert_cmpuint (diensten->len, ==, 8);
  g_assert_cmpstr (g_array_index (diensten, OplDienst, 7).with_name, ==, "Dr. De Groot, waarnemer op de post");
  g_assert_cmpint (g_array_index (diensten, OplDienst, 7).kind, ==, OPL_DIENST_NACHT);

  /* 20 x 144 / 365 = 7.9: 7 expected by today, 8 done. */
  g_assert_true (opl_store_get_diensten_pace (fixture->store, fixture->charlotte, &fixture->today, &pace, &error));
  g_assert_cmpuint (pace.count, ==, 8);
  g_assert_cmpuint (pace.target, ==, 20);
  g_assert_cmpuint (pace.expected, ==, 7);
  g_assert_false (pace.behind);

  g_assert_true (opl_store_delete_dienst (fixture->store, dienst.id, &error));
  g_assert_true (opl_store_get_diensten_pace (fixture->store, fixture->charlotte, &fixture->today, &pace, &error));
  g_assert_cmpuint (pace.count, ==, 7);
  opl_dienst_clear (&dienst);
}

/* Seed 001 (001_0274be3d365a3933.txt): "Een aios moet minimaal 20 diensten per jaar
 * doen met de opleider (of met de vervangend opleider op dezelfde post)." A dienst at a
 * distance and one with someone else are stored and listed, and the counter of the 20
 * leaves them out. */
static void
test_diensten_pace_counts_with_opleider (Fixture       *fixture,
                                         gconstpointer  data)
{
  g_autoptr(GArray) diensten = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(OplDienst) at_distance = {
    .traject_id = g_strdup (opl_traject_get_id (fixture->daan)),
    .date = date (2026, 11, 14),
    .kind = OPL_DIENST_NACHT,
    .with_person_id = g_strdup (fixture->anna),
    .at_distance = TRUE,
  };
  g_auto(OplDienst) someone_else = {
    .traject_id = g_strdup (opl_traject_get_id (fixture->daan)),
    .date = date (2026, 11, 15),
    .kind = OPL_DIENST_AVOND,
    .with_name = g_strdup (""),
  };
  g_auto(OplDienst) with_anna = {
    .traject_id = g_strdup (opl_traject_get_id (fixture->daan)),
    .date = date (2026, 11, 16),
    .kind = OPL_DIENST_WEEKEND,
    .with_person_id = g_strdup (fixture->anna),
  };
  guint n_before, n_found = 0;
  OplPace pace;

  g_assert_true (opl_store_get_diensten_pace (fixture->store, fixture->daan, &fixture->today, &pace, &error));
  g_assert_no_error (error);
  n_before = pace.count;
  diensten = opl_store_list_diensten (fixture->store, opl_traject_get_id (fixture->daan), &error);
  g_assert_cmpuint (n_before, ==, opl_diensten_count_towards_year ((OplDienst *) diensten->data, diensten->len));
  g_clear_pointer (&diensten, g_array_unref);

  g_assert_true (opl_store_save_dienst (fixture->store, &at_distance, &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_save_dienst (fixture->store, &someone_else, &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_get_diensten_pace (fixture->store, fixture->daan, &fixture->today, &pace, &error));
  g_assert_cmpuint (pace.count, ==, n_before);

  g_assert_true (opl_store_save_dienst (fixture->store, &with_anna, &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_get_diensten_pace (fixture->store, fixture->daan, &fixture->today, &pace, &error));
  g_assert_cmpuint (pace.count, ==, n_before + 1);

  /* All three are kept and shown. */
  diensten = opl_store_list_diensten (fixture->store, opl_traject_get_id (fixture->daan), &error);
  for (guint i = 0; i < diensten->len; i++)
    {
      const char *id = g_array_index (diensten, OplDienst, i).id;

      n_found += g_strcmp0 (id, at_distance.id) == 0 || g_strcmp0 (id, someone_else.id) == 0 ||
                 g_strcmp0 (id, with_anna.id) == 0;
    }
  g_assert_cmpuint (n_found, ==, 3);
}

/* domain.md 'The training year': supervision at a distance, in year 3 (fase II). */
static void
test_supervision_store (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  OplSupervision supervision;
  GDate declared, day = date (2026, 9, 1);

  /* Not in fase I. */
  g_assert_false (opl_store_set_bekwaamheidsverklaring (fixture->store, opl_traject_get_id (fixture->charlotte),
                                                        &day, &error));
  g_assert_nonnull (strstr (error->message, "fase II"));
  g_clear_error (&error);

  /* The demo's Daan: five diensten at a distance since his declaration, one a night. */
  g_assert_true (opl_store_get_bekwaamheidsverklaring (fixture->store, opl_traject_get_id (fixture->daan),
                                                       &declared, &error));
  g_assert_true (g_date_valid (&declared));
  g_assert_true (opl_store_get_supervision (fixture->store, fixture->daan, &supervision, &error));
  g_assert_no_error (error);
  g_assert_cmpint (supervision.status, ==, OPL_SUPERVISION_OK);
  g_assert_cmpuint (supervision.n_at_distance, ==, 5);
  g_assert_cmpuint (supervision.n_nights_at_distance, ==, 1);
  g_assert_cmpint (supervision.warnings, ==, OPL_SUPERVISION_WARNING_FEW_NIGHTS);

  /* Moving the declaration later leaves some diensten before it. */
  g_assert_true (opl_store_set_bekwaamheidsverklaring (fixture->store, opl_traject_get_id (fixture->daan),
                                                       &day, &error));
  g_assert_true (opl_store_get_supervision (fixture->store, fixture->daan, &supervision, &error));
  g_assert_cmpint (supervision.status, ==, OPL_SUPERVISION_TOO_FEW);
  g_assert_true (supervision.warnings & OPL_SUPERVISION_WARNING_BEFORE_DECLARATION);

  g_assert_true (opl_store_set_bekwaamheidsverklaring (fixture->store, opl_traject_get_id (fixture->daan),
                                                       NULL, &error));
  g_assert_true (opl_store_get_supervision (fixture->store, fixture->daan, &supervision, &error));
  g_assert_cmpint (supervision.status, ==, OPL_SUPERVISION_NO_DECLARATION);
  g_assert_no_error (error);
}

/* The first KPB of @traject_id and the first dienst, as @store reads them now. */
static void
read_first (OplStore     *store,
            const char   *traject_id,
            OplKpbEntry  *entry,
            OplDienst    *dienst)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) entries = opl_store_list_kpb (store, traject_id, &error);
  g_autoptr(GArray) diensten = opl_store_list_diensten (store, traject_id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, >, 0);
  g_assert_cmpuint (diensten->len, >, 0);
  g_assert_true (opl_store_get_kpb (store, g_array_index (entries, OplKpbEntry, 0).id, entry, &error));
  g_assert_no_error (error);
  g_assert_nonnull (entry->changed_at);
  g_assert_true (opl_store_get_dienst (store, g_array_index (diensten, OplDienst, 0).id, dienst, &error));
  g_assert_no_error (error);
  g_assert_nonnull (dienst->changed_at);
}

static void
set_text (char       **field,
          const char  *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

/* Issue 17: “No lost updates: every update of a row a person edits (KPB/KVB, diensten,
 * leerpunten, scholing days, forms, people, trajecten) checks that the row has not been
 * changed since it was read, as leergesprekken already do, and the window offers Keep
 * editing / Reload / Save mine on a conflict.” Two PCs read the same KPB and dienst; the
 * second saves first, the stale copy of the first is refused and writes nothing; Save
 * Mine writes it over the other version. */
static void
test_changed_elsewhere (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = opl_test_db_path ("logbook.db");
  g_autoptr(OplStore) other = opl_test_open_store_as (path, "Bram Jansen");
  const char *traject_id = opl_traject_get_id (fixture->charlotte);
  g_auto(OplKpbEntry) mine = { 0 };
  g_auto(OplKpbEntry) theirs = { 0 };
  g_auto(OplKpbEntry) stored = { 0 };
  g_auto(OplDienst) my_dienst = { 0 };
  g_auto(OplDienst) their_dienst = { 0 };
  g_auto(OplDienst) stored_dienst = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  read_first (fixture->store, traject_id, &mine, &my_dienst);
  read_first (other, traject_id, &theirs, &their_dienst);

  /* The other PC saves first. */
  set_text (&theirs.feedback, "Feedback van de andere pc");
  g_assert_true (opl_store_save_kpb (other, NULL, &theirs, &error));
  g_assert_no_error (error);
  set_text (&their_dienst.note, "Notitie van de andere pc");
  g_assert_true (opl_store_save_dienst (other, &their_dienst, &error));
  g_assert_no_error (error);

  /* The stale copies: refused, who changed it said, nothing written. */
  before = opl_test_digest_database (opl_store_get_database (fixture->store));
  set_text (&mine.feedback, "Mijn feedback");
  g_assert_false (opl_store_save_kpb (fixture->store, NULL, &mine, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
  g_assert_cmpstr (error->message, ==, "Bram Jansen changed this entry after you opened it");
  g_clear_error (&error);
  set_text (&my_dienst.note, "Mijn notitie");
  g_assert_false (opl_store_save_dienst (fixture->store, &my_dienst, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
  g_assert_cmpstr (error->message, ==, "Bram Jansen changed this dienst after you opened it");
  g_clear_error (&error);
  after = opl_test_digest_database (opl_store_get_database (fixture->store));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (opl_store_get_kpb (fixture->store, mine.id, &stored, &error));
  g_assert_cmpstr (stored.feedback, ==, "Feedback van de andere pc");

  /* Save Mine: written over the other version, in one go. */
  g_assert_true (opl_store_overwrite_kpb (fixture->store, NULL, &mine, &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_overwrite_dienst (fixture->store, &my_dienst, &error));
  g_assert_no_error (error);
  opl_kpb_entry_clear (&stored);
  g_assert_true (opl_store_get_kpb (other, mine.id, &stored, &error));
  g_assert_cmpstr (stored.feedback, ==, "Mijn feedback");
  g_assert_cmpstr (stored.changed_at, ==, mine.changed_at);
  g_assert_true (opl_store_get_dienst (other, my_dienst.id, &stored_dienst, &error));
  g_assert_cmpstr (stored_dienst.note, ==, "Mijn notitie");

  /* Now the other PC's copy is the stale one; mine saves again as usual. */
  set_text (&theirs.feedback, "Nog een keer");
  g_assert_false (opl_store_save_kpb (other, NULL, &theirs, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
  g_clear_error (&error);
  set_text (&mine.topic, "Consult hoofdpijn, tweede keer");
  g_assert_true (opl_store_save_kpb (fixture->store, NULL, &mine, &error));
  g_assert_no_error (error);

  /* An entry removed elsewhere is gone: Save Mine does not make it again. */
  g_assert_true (opl_store_delete_dienst (other, my_dienst.id, &error));
  g_assert_false (opl_store_overwrite_dienst (fixture->store, &my_dienst, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_QUERY);
  g_clear_error (&error);
  opl_dienst_clear (&stored_dienst);
  g_assert_false (opl_store_get_dienst (fixture->store, my_dienst.id, &stored_dienst, &error));
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/logbook/pace-full-time", test_pace_full_time);
  g_test_add_func ("/opl/logbook/pace-part-time", test_pace_part_time);
  g_test_add_func ("/opl/logbook/pace-leave", test_pace_leave);
  g_test_add_func ("/opl/logbook/supervision-rule", test_supervision_rule);
  g_test_add_func ("/opl/logbook/diensten-that-count", test_diensten_that_count);
  g_test_add ("/opl/logbook/kpb-entry", Fixture, NULL, fixture_set_up, test_kpb_entry, fixture_tear_down);
  g_test_add ("/opl/logbook/diensten", Fixture, NULL, fixture_set_up, test_diensten, fixture_tear_down);
  g_test_add ("/opl/logbook/diensten-pace-counts-with-opleider", Fixture, NULL, fixture_set_up,
              test_diensten_pace_counts_with_opleider, fixture_tear_down);
  g_test_add ("/opl/logbook/supervision-store", Fixture, NULL, fixture_set_up, test_supervision_store,
              fixture_tear_down);
  g_test_add ("/opl/logbook/changed-elsewhere", Fixture, NULL, fixture_set_up, test_changed_elsewhere,
              fixture_tear_down);

  return g_test_run ();
}
