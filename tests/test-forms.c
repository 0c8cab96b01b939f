/* test-forms.c: filling forms: drafts, signing off, new versions, privacy, moments,
 * the ComBel side by side and the aios's growth.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: issue 5 ('Filling': pre-filled drafts, autosave, states draft / final /
 * discussed, a final form changed only by a new version that keeps the old one; 'ComBel
 * side by side'; 'Privacy'; a duo practice gets one LEOh per opleider), design.md §7
 * (the aios's LEOh and ComBel self-assessment are private until shared), design.md §4
 * (one transaction per action), domain.md 'The training year' (ComBel at 3, 6, 9; LEOh
 * at 3, 9), 'Roles' (one LEOh for each opleider of a duo) and 'ComBel' (aios, opleider
 * and docent fill it), issue 17 (no lost updates: an answer changed on another PC).
 */

#include "config.h"

#include "opl-database-private.h"
#include "opl-form-private.h"
#include "opl-form-registry.h"
#include "opl-practice-setup.h"
#include "opl-store-forms.h"
#include "opl-test-utils.h"

typedef struct
{
  OplStore        *store;
  OplFormRegistry *registry;
  OplTraject      *traject;
  char            *anna;
  char            *bram;
  char            *charlotte;
  GDate            today;
  guint            n_changed;
} Fixture;

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

static void
on_changed_cb (OplStore *store,
               gpointer  user_data)
{
  ((Fixture *) user_data)->n_changed++;
}

/* A practice of a hoofdopleider and a duo-opleider with one fase I aios who started on
 * 5 January 2026, full time; today is 22 November 2026. */
static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = opl_test_db_path ("forms.db");
  g_autoptr(OplDatabase) database = opl_test_open (path);
  g_autoptr(OplPracticeSetup) setup = opl_practice_setup_new ("De Linde");
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  GDate start = date (2026, 1, 5);

  opl_test_fixed_today (&fixture->today);
  fixture->store = opl_store_new (database);
  fixture->registry = opl_form_registry_new_default (&error);
  g_assert_no_error (error);

  opl_practice_setup_add_opleider (setup, "Anna", OPL_ROLE_HOOFDOPLEIDER);
  opl_practice_setup_add_opleider (setup, "Bram", OPL_ROLE_DUO_OPLEIDER);
  opl_practice_setup_add_aios (setup, "Charlotte", OPL_PHASE_I, &start, NULL, 1.0);
  g_assert_true (opl_practice_setup_finish (setup, &fixture->today, &error));
  g_assert_true (opl_store_load (fixture->store, &error));
  g_assert_true (opl_store_create_practice (fixture->store, setup, &error));
  g_assert_no_error (error);

  /* Copies: the store replaces its people each time it reloads. */
  fixture->anna = g_strdup (opl_person_get_id (opl_store_find_profile (fixture->store, "Anna")));
  fixture->bram = g_strdup (opl_person_get_id (opl_store_find_profile (fixture->store, "Bram")));
  fixture->charlotte = g_strdup (opl_person_get_id (opl_store_find_profile (fixture->store, "Charlotte")));

  trajecten = opl_store_list_trajecten (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trajecten->len, ==, 1);
  fixture->traject = g_object_ref (g_ptr_array_index (trajecten, 0));
  g_assert_cmpuint (opl_traject_get_n_opleiders (fixture->traject), ==, 2);

  g_signal_connect (fixture->store, "changed", G_CALLBACK (on_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->traject);
  g_clear_object (&fixture->registry);
  g_clear_pointer (&fixture->anna, g_free);
  g_clear_pointer (&fixture->bram, g_free);
  g_clear_pointer (&fixture->charlotte, g_free);
  g_clear_object (&fixture->store);
}

static OplFormDefinition *
current (Fixture     *fixture,
         OplFormKind  kind)
{
  return opl_form_registry_get_current (fixture->registry, kind);
}

static OplForm *
draft (Fixture     *fixture,
       OplFormKind  kind,
       const char  *author,
       OplFormRole  role,
       const char  *subject,
       int          month)
{
  g_autoptr(GError) error = NULL;
  GDate day = date (2026, 11, 20);
  OplForm *form = opl_store_create_form_draft (fixture->store, current (fixture, kind), fixture->traject,
                                               author, role, subject, month, &day, &error);

  g_assert_no_error (error);
  g_assert_nonnull (form);
  return form;
}

/* Answers every required item of the author's sections: @value on scales, text, 1. */
static void
fill (Fixture    *fixture,
      OplForm    *form,
      const char *value)
{
  OplFormDefinition *definition = opl_form_get_definition (form);

  for (guint s = 0; s < opl_form_definition_get_n_sections (definition); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (definition, s);

      if (!opl_form_section_applies_to (section, opl_form_get_author_role (form)))
        continue;

      for (guint i = 0; i < section->n_items; i++)
        {
          const OplFormItem *item = &section->items[i];
          g_autoptr(GError) error = NULL;
          const char *answer = item->type == OPL_FORM_ITEM_SCALE ? value
                               : item->type == OPL_FORM_ITEM_NUMBER ? "1" : "Tekst";

          if (item->type == OPL_FORM_ITEM_SCALE && opl_form_scale_lookup_option (item->scale, value) == NULL)
            answer = item->scale->options[0].value;
          if (item->required)
            g_assert_true (opl_store_set_form_answer (fixture->store, form, item->id, answer, NULL, &error));
          g_assert_no_error (error);
        }
    }
}

static void
finalize (Fixture *fixture,
          OplForm *form)
{
  g_autoptr(GError) error = NULL;
  GDate day = date (2026, 11, 21);

  g_assert_true (opl_store_finalize_form (fixture->store, form, opl_form_get_author_id (form), &day, &error));
  g_assert_no_error (error);
}

static void
share (Fixture *fixture,
       OplForm *form)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (opl_store_share_form (fixture->store, form, opl_form_get_author_id (form), &error));
  g_assert_no_error (error);
}

static gint64
count_forms (Fixture *fixture)
{
  return opl_test_count (opl_store_get_database (fixture->store), "SELECT count(*) FROM form");
}

static OplMomentState
moment_state (Fixture       *fixture,
              OplMomentKind  kind,
              int            month)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) moments = opl_store_get_schedule (fixture->store, fixture->traject, &fixture->today, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->kind == kind && moment->month == month)
        return moment->state;
    }

  g_assert_not_reached ();
}

/* issue 5: a form opens pre-filled with aios, opleider, moment and date. */
static void
test_draft_prefilled (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(OplForm) self = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->charlotte, OPL_FORM_ROLE_AIOS, NULL, 3);
  g_autoptr(OplForm) assessment = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->anna, OPL_FORM_ROLE_OPLEIDER, NULL, 3);
  g_autoptr(OplForm) leoh = draft (fixture, OPL_FORM_KIND_LEOH, fixture->charlotte, OPL_FORM_ROLE_AIOS, fixture->bram, 3);
  g_autoptr(OplForm) self_evaluation = draft (fixture, OPL_FORM_KIND_LEOH, fixture->bram, OPL_FORM_ROLE_OPLEIDER, NULL, 3);
  GDate day = date (2026, 11, 20);

  g_assert_cmpstr (opl_form_get_subject_id (self), ==, fixture->charlotte);
  g_assert_cmpstr (opl_form_get_author_id (self), ==, fixture->charlotte);
  g_assert_cmpstr (opl_form_get_traject_id (self), ==, opl_traject_get_id (fixture->traject));
  g_assert_cmpint (opl_form_get_moment_month (self), ==, 3);
  g_assert_cmpint (g_date_compare (opl_form_get_date (self), &day), ==, 0);
  g_assert_cmpint (opl_form_get_state (self), ==, OPL_FORM_STATE_DRAFT);
  g_assert_cmpstr (opl_form_definition_get_id (opl_form_get_definition (self)), ==, "combel");
  g_assert_cmpint (opl_form_definition_get_version (opl_form_get_definition (self)), ==, 1);
  g_assert_true (opl_form_is_private (self));
  g_assert_false (opl_form_is_shared (self));

  g_assert_cmpstr (opl_form_get_subject_id (assessment), ==, fixture->charlotte);
  g_assert_false (opl_form_is_private (assessment));
  g_assert_cmpstr (opl_form_get_subject_id (leoh), ==, fixture->bram);
  g_assert_true (opl_form_is_private (leoh));
  g_assert_cmpstr (opl_form_get_subject_id (self_evaluation), ==, fixture->bram);
  g_assert_false (opl_form_is_private (self_evaluation));

  /* The definition's text is kept once, with the forms. */
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store), "SELECT count(*) FROM form_definition"), ==, 2);
  g_assert_cmpint (count_forms (fixture), ==, 4);
}

static void
assert_refused (Fixture     *fixture,
                OplFormKind  kind,
                const char  *author,
                OplFormRole  role,
                const char  *subject,
                int          month,
                GQuark       domain,
                int          code,
                const char  *message_part)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplForm) form = NULL;
  gint64 before = count_forms (fixture);
  GDate day = date (2026, 11, 20);

  form = opl_store_create_form_draft (fixture->store, current (fixture, kind), fixture->traject,
                                      author, role, subject, month, &day, &error);
  g_assert_null (form);
  g_assert_error (error, domain, code);
  if (message_part != NULL && strstr (error->message, message_part) == NULL)
    g_error ("“%s” does not mention “%s”", error->message, message_part);
  g_assert_cmpint (count_forms (fixture), ==, before);
}

/* Who fills what, and when: refused with a clear message, nothing written. */
static void
test_draft_refused (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(OplForm) first = NULL;

  /* The aios cannot fill the opleider's part, nor an opleider the aios's. */
  assert_refused (fixture, OPL_FORM_KIND_COMBEL, fixture->charlotte, OPL_FORM_ROLE_OPLEIDER, NULL, 3,
                  OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED, "Charlotte");
  assert_refused (fixture, OPL_FORM_KIND_COMBEL, fixture->anna, OPL_FORM_ROLE_AIOS, NULL, 3,
                  OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED, "Anna");
  /* domain.md 'The training year': the ComBel is after 3, 6 and 9 months, not 4. */
  assert_refused (fixture, OPL_FORM_KIND_COMBEL, fixture->charlotte, OPL_FORM_ROLE_AIOS, NULL, 4,
                  OPL_FORM_ERROR, OPL_FORM_ERROR_INVALID, "4 months");
  /* domain.md 'The training year': the LEOh is after 3 and 9 months, not 6. */
  assert_refused (fixture, OPL_FORM_KIND_LEOH, fixture->charlotte, OPL_FORM_ROLE_AIOS, fixture->anna, 6,
                  OPL_FORM_ERROR, OPL_FORM_ERROR_INVALID, NULL);
  /* A LEOh is about an opleider of the traject. */
  assert_refused (fixture, OPL_FORM_KIND_LEOH, fixture->charlotte, OPL_FORM_ROLE_AIOS, fixture->charlotte, 3,
                  OPL_FORM_ERROR, OPL_FORM_ERROR_INVALID, "opleiders");
  /* The docent does not fill the LEOh. */
  assert_refused (fixture, OPL_FORM_KIND_LEOH, fixture->anna, OPL_FORM_ROLE_DOCENT, fixture->anna, 3,
                  OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED, "docent");
  /* A KPB is a quick entry. */
  assert_refused (fixture, OPL_FORM_KIND_KPB, fixture->anna, OPL_FORM_ROLE_OPLEIDER, NULL, 0,
                  OPL_FORM_ERROR, OPL_FORM_ERROR_INVALID, "quick entry");

  /* One self-assessment per moment; and one opleider's assessment, whoever of the duo. */
  first = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->charlotte, OPL_FORM_ROLE_AIOS, NULL, 3);
  assert_refused (fixture, OPL_FORM_KIND_COMBEL, fixture->charlotte, OPL_FORM_ROLE_AIOS, NULL, 3,
                  OPL_FORM_ERROR, OPL_FORM_ERROR_EXISTS, "Charlotte");
  g_clear_object (&first);
  first = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->anna, OPL_FORM_ROLE_OPLEIDER, NULL, 3);
  assert_refused (fixture, OPL_FORM_KIND_COMBEL, fixture->bram, OPL_FORM_ROLE_OPLEIDER, NULL, 3,
                  OPL_FORM_ERROR, OPL_FORM_ERROR_EXISTS, "Anna");
}

/* issue 5: autosave of the draft on every change; one item at a time. */
static void
test_autosave (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(OplForm) form = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->charlotte, OPL_FORM_ROLE_AIOS, NULL, 3);
  g_autoptr(OplForm) again = NULL;
  g_autoptr(GError) error = NULL;
  guint n_changed = fixture->n_changed;

  g_assert_true (opl_store_set_form_answer (fixture->store, form, "mh-anamnese", "goed", "Gerichte vragen", &error));
  g_assert_true (opl_store_set_form_answer (fixture->store, form, "leerdoel-1", "Tijdsmanagement", NULL, &error));
  g_assert_true (opl_store_set_form_answer (fixture->store, form, "mh-anamnese", "voldoende", "Gerichte vragen", &error));
  g_assert_true (opl_store_set_form_answer (fixture->store, form, "co-uitleg", NULL, "Nog onzeker", &error));
  g_assert_no_error (error);
  /* Autosave does not make every view redraw. */
  g_assert_cmpuint (fixture->n_changed, ==, n_changed);
  g_assert_cmpuint (opl_form_get_n_answered (form), ==, 2);

  /* Not on the scale, or no such item: refused, nothing stored. */
  g_assert_false (opl_store_set_form_answer (fixture->store, form, "mh-anamnese", "uitstekend", NULL, &error));
  g_assert_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (opl_store_set_form_answer (fixture->store, form, "bestaat-niet", "goed", NULL, &error));
  g_clear_error (&error);

  /* Another profile at the keyboard cannot change Charlotte's draft. */
  opl_store_set_actor (fixture->store, fixture->anna);
  g_assert_false (opl_store_set_form_answer (fixture->store, form, "mh-onderzoek", "goed", NULL, &error));
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  opl_store_set_actor (fixture->store, fixture->charlotte);

  again = opl_store_load_form (fixture->store, opl_form_get_id (form), fixture->charlotte, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_form_get_value (again, "mh-anamnese"), ==, "voldoende");
  g_assert_cmpstr (opl_form_get_note (again, "mh-anamnese"), ==, "Gerichte vragen");
  g_assert_cmpstr (opl_form_get_value (again, "leerdoel-1"), ==, "Tijdsmanagement");
  g_assert_null (opl_form_get_value (again, "co-uitleg"));
  g_assert_cmpstr (opl_form_get_note (again, "co-uitleg"), ==, "Nog onzeker");
  g_assert_null (opl_form_get_value (again, "mh-onderzoek"));
  g_assert_cmpuint (opl_form_get_n_answered (again), ==, 2);

  /* Clearing value and note removes the answer. */
  g_assert_true (opl_store_set_form_answer (fixture->store, form, "co-uitleg", NULL, NULL, &error));
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM form_answer WHERE item_id = 'co-uitleg'"), ==, 0);
}

/* issue 5: final = signed off by its author with a date; only when complete. */
static void
test_finalize (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(OplForm) form = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->charlotte, OPL_FORM_ROLE_AIOS, NULL, 3);
  g_autoptr(OplForm) again = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GError) error = NULL;
  GDate early = date (2026, 11, 1);
  GDate day = date (2026, 11, 21);
  guint n_changed;

  missing = opl_form_get_missing (form);
  g_assert_cmpuint (missing->len, ==, opl_form_get_n_required (form));
  /* 22 scale items in the seven competentiegebieden and two leerdoelen. */
  g_assert_cmpuint (opl_form_get_n_required (form), ==, 24);

  fill (fixture, form, "voldoende");
  g_assert_true (opl_store_set_form_answer (fixture->store, form, "leerdoel-2", NULL, NULL, &error));
  g_assert_false (opl_store_finalize_form (fixture->store, form, fixture->charlotte, &day, &error));
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_INCOMPLETE);
  g_assert_nonnull (strstr (error->message, "“Leerdoel 2”"));
  g_assert_null (strstr (error->message, "Leerdoel 1"));
  g_clear_error (&error);
  g_assert_true (opl_store_set_form_answer (fixture->store, form, "leerdoel-2", "Verwijsbrieven", NULL, &error));

  /* Only the author signs; not before the form's date. */
  g_assert_false (opl_store_finalize_form (fixture->store, form, fixture->anna, &day, &error));
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED);
  g_assert_nonnull (strstr (error->message, "Charlotte"));
  g_clear_error (&error);
  g_assert_false (opl_store_finalize_form (fixture->store, form, fixture->charlotte, &early, &error));
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (opl_form_get_state (form), ==, OPL_FORM_STATE_DRAFT);

  n_changed = fixture->n_changed;
  g_assert_true (opl_store_finalize_form (fixture->store, form, fixture->charlotte, &day, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fixture->n_changed, ==, n_changed + 1);
  g_assert_cmpint (opl_form_get_state (form), ==, OPL_FORM_STATE_FINAL);
  g_assert_cmpint (g_date_compare (opl_form_get_finalized_on (form), &day), ==, 0);

  again = opl_store_load_form (fixture->store, opl_form_get_id (form), fixture->charlotte, &error);
  g_assert_cmpint (opl_form_get_state (again), ==, OPL_FORM_STATE_FINAL);
  g_assert_cmpint (g_date_compare (opl_form_get_finalized_on (again), &day), ==, 0);
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM form WHERE finalized_by = author_id"), ==, 1);

  /* A final form cannot be changed, signed again or discarded. */
  g_assert_false (opl_store_set_form_answer (fixture->store, form, "mh-anamnese", "goed", NULL, &error));
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_FINAL);
  g_clear_error (&error);
  g_assert_false (opl_store_set_form_answer (fixture->store, again, "mh-anamnese", "goed", NULL, &error));
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_FINAL);
  g_clear_error (&error);
  g_assert_false (opl_store_finalize_form (fixture->store, form, fixture->charlotte, &day, &error));
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_FINAL);
  g_clear_error (&error);
  g_assert_false (opl_store_discard_form_draft (fixture->store, form, fixture->charlotte, &error));
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_FINAL);
  g_clear_error (&error);
  g_assert_cmpint (count_forms (fixture), ==, 1);
}

static void
assert_sql_refused (OplDatabase *database,
                    const char  *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (opl_database_exec (database, sql, &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
  if (strstr (error->message, "final form") == NULL)
    g_error ("“%s” refused with “%s”", sql, error->message);
}

/* issue 5 (a final form can only be changed by a new version), held by the schema's
 * triggers too, for any code that gets past the store. */
static void
test_final_frozen_in_sql (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(OplForm) form = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->anna, OPL_FORM_ROLE_OPLEIDER, NULL, 3);
  OplDatabase *database = opl_store_get_database (fixture->store);
  g_autofree char *id = g_strdup (opl_form_get_id (form));
  g_autofree char *sql = NULL;

  fill (fixture, form, "goed");
  finalize (fixture, form);

#define FORM_SQL(text) (g_free (sql), sql = g_strdup_printf (text, id))
  assert_sql_refused (database, FORM_SQL ("UPDATE form SET form_date = '2026-11-01' WHERE id = '%s'"));
  assert_sql_refused (database, FORM_SQL ("UPDATE form SET state = 'draft', finalized_on = NULL,"
                                          " finalized_by = NULL WHERE id = '%s'"));
  assert_sql_refused (database, FORM_SQL ("UPDATE form SET author_id = author_id, subject_id = '"
                                          "00000000-0000-4000-8000-000000000000' WHERE id = '%s'"));
  assert_sql_refused (database, FORM_SQL ("UPDATE form_answer SET value = 'onvoldoende' WHERE form_id = '%s'"));
  assert_sql_refused (database, FORM_SQL ("DELETE FROM form_answer WHERE form_id = '%s'"));
  assert_sql_refused (database, FORM_SQL ("INSERT INTO form_answer (id, form_id, item_id, value, created_at,"
                                          " changed_at) VALUES ('00000000-0000-4000-8000-000000000001', '%s',"
                                          " 'aandachtspunten', 'later', '2026-11-22T10:00:00Z',"
                                          " '2026-11-22T10:00:00Z')"));
  assert_sql_refused (database, FORM_SQL ("DELETE FROM form WHERE id = '%s'"));

  /* What may change: sharing, and becoming discussed, once. */
  opl_test_exec (database, FORM_SQL ("UPDATE form SET shared = 1 WHERE id = '%s'"));
  opl_test_exec (database, FORM_SQL ("UPDATE form SET state = 'discussed', discussed_on = '2026-11-22' WHERE id = '%s'"));
  assert_sql_refused (database, FORM_SQL ("UPDATE form SET discussed_on = '2026-11-23' WHERE id = '%s'"));
  assert_sql_refused (database, FORM_SQL ("UPDATE form SET shared = 0 WHERE id = '%s'"));
#undef FORM_SQL

  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM form_answer"), ==, 22);
}

/* issue 5: a final form is changed only by a new version that keeps the old one. */
static void
test_new_version (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(OplForm) form = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->anna, OPL_FORM_ROLE_OPLEIDER, NULL, 3);
  g_autoptr(OplForm) second = NULL;
  g_autoptr(OplForm) third = NULL;
  g_autoptr(OplForm) old = NULL;
  g_autoptr(GPtrArray) newest = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;
  OplFormQuery query = OPL_FORM_QUERY_INIT;

  fill (fixture, form, "voldoende");
  g_assert_true (opl_store_set_form_answer (fixture->store, form, "sterke-punten", "Empathisch", "mondeling", &error));

  /* A draft is changed as it is. */
  second = opl_store_new_form_version (fixture->store, form, fixture->anna, &error);
  g_assert_null (second);
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_INVALID);
  g_clear_error (&error);

  finalize (fixture, form);
  second = opl_store_new_form_version (fixture->store, form, fixture->bram, &error);
  g_assert_null (second);
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  second = opl_store_new_form_version (fixture->store, form, fixture->anna, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_form_get_state (second), ==, OPL_FORM_STATE_DRAFT);
  g_assert_cmpstr (opl_form_get_supersedes (second), ==, opl_form_get_id (form));
  g_assert_cmpstr (opl_form_get_superseded_by (form), ==, opl_form_get_id (second));
  g_assert_cmpint (opl_form_get_version_number (second), ==, 2);
  g_assert_cmpint (opl_form_get_moment_month (second), ==, 3);
  g_assert_cmpstr (opl_form_get_value (second, "mh-beleid"), ==, "voldoende");
  g_assert_cmpstr (opl_form_get_note (second, "sterke-punten"), ==, "mondeling");
  g_assert_cmpuint (opl_form_get_n_answered (second), ==, opl_form_get_n_answered (form));

  g_assert_true (opl_store_set_form_answer (fixture->store, second, "mh-beleid", "goed", NULL, &error));
  g_assert_no_error (error);

  /* The old one stays as it was. */
  old = opl_store_load_form (fixture->store, opl_form_get_id (form), fixture->anna, &error);
  g_assert_cmpint (opl_form_get_state (old), ==, OPL_FORM_STATE_FINAL);
  g_assert_cmpstr (opl_form_get_value (old, "mh-beleid"), ==, "voldoende");
  g_assert_cmpstr (opl_form_get_superseded_by (old), ==, opl_form_get_id (second));

  /* One newer version per form. */
  third = opl_store_new_form_version (fixture->store, old, fixture->anna, &error);
  g_assert_null (third);
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_EXISTS);
  g_clear_error (&error);

  query.traject_id = opl_traject_get_id (fixture->traject);
  newest = opl_store_list_forms (fixture->store, &query, fixture->anna, &error);
  g_assert_cmpuint (newest->len, ==, 1);
  g_assert_cmpstr (opl_form_get_id (g_ptr_array_index (newest, 0)), ==, opl_form_get_id (second));
  query.include_superseded = TRUE;
  all = opl_store_list_forms (fixture->store, &query, fixture->anna, &error);
  g_assert_cmpuint (all->len, ==, 2);

  /* The second version signed off; the moment counts the chain once. */
  finalize (fixture, second);
  g_clear_object (&third);
  third = opl_store_new_form_version (fixture->store, second, fixture->anna, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_form_get_version_number (third), ==, 3);

  /* Discarding the third's draft leaves the second the newest again. */
  g_assert_true (opl_store_discard_form_draft (fixture->store, third, fixture->anna, &error));
  g_assert_no_error (error);
  g_clear_object (&old);
  old = opl_store_load_form (fixture->store, opl_form_get_id (second), fixture->anna, &error);
  g_assert_null (opl_form_get_superseded_by (old));
  g_assert_cmpint (opl_form_get_version_number (old), ==, 2);
}

static void
assert_redacted (OplForm *form)
{
  g_assert_true (opl_form_is_redacted (form));
  g_assert_cmpint (opl_form_get_state (form), ==, OPL_FORM_STATE_DRAFT);
  g_assert_null (opl_form_get_value (form, "mh-anamnese"));
  g_assert_cmpuint (opl_form_get_n_answered (form), ==, 0);
  g_assert_null (opl_form_get_date (form));
  g_assert_null (opl_form_get_finalized_on (form));
}

/* design.md §7: the aios's ComBel self-assessment and LEOh are private drafts until the
 * aios shares them; others see only that one is pending. */
static void
test_privacy (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(OplForm) self = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->charlotte, OPL_FORM_ROLE_AIOS, NULL, 3);
  g_autoptr(OplForm) assessment = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->anna, OPL_FORM_ROLE_OPLEIDER, NULL, 3);
  g_autoptr(OplForm) leoh = draft (fixture, OPL_FORM_KIND_LEOH, fixture->charlotte, OPL_FORM_ROLE_AIOS, fixture->bram, 3);
  g_autoptr(OplForm) as_anna = NULL;
  g_autoptr(OplForm) as_charlotte = NULL;
  g_autoptr(OplForm) as_nobody = NULL;
  g_autoptr(OplForm) assessment_as_charlotte = NULL;
  g_autoptr(OplForm) leoh_as_bram = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GArray) slots = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  OplFormQuery query = OPL_FORM_QUERY_INIT;
  GDate day = date (2026, 11, 22);

  fill (fixture, self, "goed");
  fill (fixture, assessment, "voldoende");
  fill (fixture, leoh, "eens");

  as_anna = opl_store_load_form (fixture->store, opl_form_get_id (self), fixture->anna, &error);
  as_nobody = opl_store_load_form (fixture->store, opl_form_get_id (self), NULL, &error);
  as_charlotte = opl_store_load_form (fixture->store, opl_form_get_id (self), fixture->charlotte, &error);
  g_assert_no_error (error);
  assert_redacted (as_anna);
  assert_redacted (as_nobody);
  g_assert_false (opl_form_is_redacted (as_charlotte));
  g_assert_cmpstr (opl_form_get_value (as_charlotte, "mh-anamnese"), ==, "goed");
  /* Who and which moment stay visible: the opleider knows one is pending. */
  g_assert_cmpstr (opl_form_get_author_id (as_anna), ==, fixture->charlotte);
  g_assert_cmpint (opl_form_get_moment_month (as_anna), ==, 3);

  /* The opleider's assessment is not private, but the self-assessment is blind
   * (design.md §7: "the aios sees the opleider's ComBel of a moment only after their
   * own self-assessment of that moment is shared"): Charlotte's is a draft, so she sees
   * that Anna's exists, not what it says (test_blind_self_assessment goes on). */
  assessment_as_charlotte = opl_store_load_form (fixture->store, opl_form_get_id (assessment), fixture->charlotte, &error);
  assert_redacted (assessment_as_charlotte);

  /* The LEOh about Bram is hidden from Bram (and Anna) too. */
  leoh_as_bram = opl_store_load_form (fixture->store, opl_form_get_id (leoh), fixture->bram, &error);
  assert_redacted (leoh_as_bram);

  query.traject_id = opl_traject_get_id (fixture->traject);
  query.with_answers = TRUE;
  list = opl_store_list_forms (fixture->store, &query, fixture->anna, &error);
  g_assert_cmpuint (list->len, ==, 3);
  for (guint i = 0; i < list->len; i++)
    {
      OplForm *form = g_ptr_array_index (list, i);

      g_assert_cmpint (opl_form_is_redacted (form), ==, g_strcmp0 (opl_form_get_author_id (form), fixture->charlotte) == 0);
    }

  slots = opl_store_get_moment_forms (fixture->store, fixture->traject, OPL_FORM_KIND_COMBEL, 3, fixture->anna, &error);
  g_assert_cmpuint (slots->len, ==, 2);
  assert_redacted (g_array_index (slots, OplFormSlot, 0).form);

  /* Final but not shared: still private; not to be discussed or compared yet. */
  finalize (fixture, self);
  finalize (fixture, assessment);
  g_clear_object (&as_anna);
  as_anna = opl_store_load_form (fixture->store, opl_form_get_id (self), fixture->anna, &error);
  assert_redacted (as_anna);
  g_assert_false (opl_store_mark_form_discussed (fixture->store, self, &day, &error));
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  rows = opl_store_compare_combel (fixture->store, fixture->traject, 3, fixture->anna, NULL, NULL, &error);
  g_assert_null (rows);
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED);
  g_clear_error (&error);

  /* Only the aios shares; then the opleider sees it. */
  g_assert_false (opl_store_share_form (fixture->store, self, fixture->anna, &error));
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED);
  g_clear_error (&error);
  share (fixture, self);
  g_clear_object (&as_anna);
  as_anna = opl_store_load_form (fixture->store, opl_form_get_id (self), fixture->anna, &error);
  g_assert_false (opl_form_is_redacted (as_anna));
  g_assert_cmpint (opl_form_get_state (as_anna), ==, OPL_FORM_STATE_FINAL);
  g_assert_cmpstr (opl_form_get_value (as_anna, "mh-anamnese"), ==, "goed");
  g_assert_true (opl_store_mark_form_discussed (fixture->store, as_anna, &day, &error));
  g_assert_no_error (error);
  /* Marking it discussed keeps the author's sign-off date on the object too. */
  g_assert_cmpint (opl_form_get_state (as_anna), ==, OPL_FORM_STATE_DISCUSSED);
  g_assert_true (g_date_valid (opl_form_get_finalized_on (as_anna)));

  /* A shared draft is visible while it is being written. */
  share (fixture, leoh);
  g_clear_object (&leoh_as_bram);
  leoh_as_bram = opl_store_load_form (fixture->store, opl_form_get_id (leoh), fixture->bram, &error);
  g_assert_false (opl_form_is_redacted (leoh_as_bram));
  g_assert_cmpint (opl_form_get_state (leoh_as_bram), ==, OPL_FORM_STATE_DRAFT);
}

/* domain.md 'Roles': an aios trained by a duo fills one LEOh for each opleider; the
 * LEOh moment is done when each is final and shared. */
static void
test_duo_leoh (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GArray) slots = NULL;
  g_autoptr(GArray) after = NULL;
  g_autoptr(OplForm) about_anna = NULL;
  g_autoptr(OplForm) about_bram = NULL;
  g_autoptr(GError) error = NULL;
  gboolean anna_seen = FALSE, bram_seen = FALSE;

  slots = opl_store_get_moment_forms (fixture->store, fixture->traject, OPL_FORM_KIND_LEOH, 3, fixture->charlotte, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (slots->len, ==, 2);
  for (guint i = 0; i < slots->len; i++)
    {
      const OplFormSlot *slot = &g_array_index (slots, OplFormSlot, i);

      g_assert_null (slot->form);
      g_assert_false (slot->done);
      g_assert_cmpint (slot->author_role, ==, OPL_FORM_ROLE_AIOS);
      g_assert_cmpstr (slot->author_id, ==, fixture->charlotte);
      anna_seen |= g_strcmp0 (slot->subject_id, fixture->anna) == 0;
      bram_seen |= g_strcmp0 (slot->subject_id, fixture->bram) == 0;
    }
  g_assert_true (anna_seen && bram_seen);
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_LEOH, 3), ==, OPL_MOMENT_STATE_OVERDUE);

  about_anna = draft (fixture, OPL_FORM_KIND_LEOH, fixture->charlotte, OPL_FORM_ROLE_AIOS, fixture->anna, 3);
  fill (fixture, about_anna, "eens");
  finalize (fixture, about_anna);
  share (fixture, about_anna);
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_LEOH, 3), ==, OPL_MOMENT_STATE_OVERDUE);

  about_bram = draft (fixture, OPL_FORM_KIND_LEOH, fixture->charlotte, OPL_FORM_ROLE_AIOS, fixture->bram, 3);
  fill (fixture, about_bram, "helemaal-eens");
  finalize (fixture, about_bram);
  /* Final but private: not done until shared. */
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_LEOH, 3), ==, OPL_MOMENT_STATE_OVERDUE);
  share (fixture, about_bram);
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_LEOH, 3), ==, OPL_MOMENT_STATE_DONE);

  after = opl_store_get_moment_forms (fixture->store, fixture->traject, OPL_FORM_KIND_LEOH, 3, fixture->bram, &error);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_true (g_array_index (after, OplFormSlot, 0).done && g_array_index (after, OplFormSlot, 1).done);
  g_assert_nonnull (g_array_index (after, OplFormSlot, 0).form);
}

/* The schedule's ComBel, voortgangsadvies and voortgangsgesprek moments: done from
 * final forms where a form exists; the manual mark stays for the conversation. */
static void
test_schedule_done (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(OplForm) self = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->charlotte, OPL_FORM_ROLE_AIOS, NULL, 3);
  g_autoptr(OplForm) assessment = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->bram, OPL_FORM_ROLE_OPLEIDER, NULL, 3);
  g_autoptr(OplForm) docent = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->anna, OPL_FORM_ROLE_DOCENT, NULL, 3);
  g_autoptr(OplForm) advies = draft (fixture, OPL_FORM_KIND_VOORTGANGSADVIES, fixture->anna, OPL_FORM_ROLE_OPLEIDER, NULL, 6);
  g_autoptr(OplForm) newer = NULL;
  g_autoptr(GError) error = NULL;
  GDate day = date (2026, 11, 22);

  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_COMBEL, 3), ==, OPL_MOMENT_STATE_OVERDUE);
  fill (fixture, assessment, "voldoende");
  finalize (fixture, assessment);
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_COMBEL, 3), ==, OPL_MOMENT_STATE_OVERDUE);
  fill (fixture, self, "voldoende");
  finalize (fixture, self);
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_COMBEL, 3), ==, OPL_MOMENT_STATE_OVERDUE);
  share (fixture, self);
  /* The docent's ComBel, typed in by Anna and still a draft, does not hold it up. */
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_COMBEL, 3), ==, OPL_MOMENT_STATE_DONE);

  /* A new version under way keeps the moment done: the earlier version was final. */
  newer = opl_store_new_form_version (fixture->store, assessment, fixture->bram, &error);
  g_assert_no_error (error);
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_COMBEL, 3), ==, OPL_MOMENT_STATE_DONE);

  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_VOORTGANGSADVIES, 6), ==, OPL_MOMENT_STATE_OVERDUE);
  fill (fixture, advies, "voldoende");
  finalize (fixture, advies);
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_VOORTGANGSADVIES, 6), ==, OPL_MOMENT_STATE_DONE);

  /* The voortgangsgesprek has no form: marked done by hand, as before. */
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_VOORTGANGSGESPREK, 4), ==, OPL_MOMENT_STATE_OVERDUE);
  g_assert_true (opl_store_set_moment_done (fixture->store, opl_traject_get_id (fixture->traject),
                                            OPL_MOMENT_VOORTGANGSGESPREK, 4, &day, &error));
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_VOORTGANGSGESPREK, 4), ==, OPL_MOMENT_STATE_DONE);
  /* And a form moment can still be marked by hand (a form filled on paper). */
  g_assert_true (opl_store_set_moment_done (fixture->store, opl_traject_get_id (fixture->traject),
                                            OPL_MOMENT_DIENSTENRAPPORTAGE, 6, &day, &error));
  g_assert_cmpint (moment_state (fixture, OPL_MOMENT_DIENSTENRAPPORTAGE, 6), ==, OPL_MOMENT_STATE_DONE);
  g_assert_no_error (error);
}

static void
answer (Fixture    *fixture,
        OplForm    *form,
        const char *item_id,
        const char *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (opl_store_set_form_answer (fixture->store, form, item_id, value, NULL, &error));
  g_assert_no_error (error);
}

static const OplCompareRow *
row_of (GArray     *rows,
        const char *item_id)
{
  for (guint i = 0; i < rows->len; i++)
    {
      if (g_str_equal (g_array_index (rows, OplCompareRow, i).item->id, item_id))
        return &g_array_index (rows, OplCompareRow, i);
    }

  return NULL;
}

/* issue 5, 'ComBel side by side': once both are final, item by item, differences marked. */
static void
test_compare (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(OplForm) self = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->charlotte, OPL_FORM_ROLE_AIOS, NULL, 6);
  g_autoptr(OplForm) assessment = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->anna, OPL_FORM_ROLE_OPLEIDER, NULL, 6);
  g_autoptr(OplForm) left = NULL;
  g_autoptr(OplForm) right = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  const OplCompareRow *row;

  fill (fixture, self, "voldoende");
  fill (fixture, assessment, "voldoende");
  answer (fixture, self, "mh-beleid", "goed");
  answer (fixture, assessment, "mh-beleid", "onvoldoende");
  answer (fixture, assessment, "co-uitleg", "goed");
  answer (fixture, self, "kw-onderwijs", "nvt");
  answer (fixture, assessment, "kw-onderwijs", "nvt");
  answer (fixture, assessment, "ma-kosten", "nvt");
  finalize (fixture, self);
  share (fixture, self);

  /* Not before the opleider's assessment is final. */
  rows = opl_store_compare_combel (fixture->store, fixture->traject, 6, fixture->anna, NULL, NULL, &error);
  g_assert_null (rows);
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_FOUND);
  g_clear_error (&error);

  finalize (fixture, assessment);
  rows = opl_store_compare_combel (fixture->store, fixture->traject, 6, fixture->anna, &left, &right, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_form_get_id (left), ==, opl_form_get_id (self));
  g_assert_cmpstr (opl_form_get_id (right), ==, opl_form_get_id (assessment));

  g_assert_cmpuint (opl_compare_count_differences (rows), ==, 3);
  row = row_of (rows, "mh-beleid");
  g_assert_true (row->differs && row->ranked);
  g_assert_cmpstr (row->left_value, ==, "goed");
  g_assert_cmpstr (row->right_value, ==, "onvoldoende");
  g_assert_cmpint (row->rank_difference, ==, -2);
  g_assert_cmpstr (row->section->competentiegebied, ==, "medisch-handelen");
  row = row_of (rows, "co-uitleg");
  g_assert_true (row->differs);
  g_assert_cmpint (row->rank_difference, ==, 1);
  /* n.v.t. is off the scale: it differs from voldoende, but has no rank difference. */
  row = row_of (rows, "ma-kosten");
  g_assert_true (row->differs);
  g_assert_false (row->ranked);
  row = row_of (rows, "kw-onderwijs");
  g_assert_false (row->differs);
  row = row_of (rows, "mh-anamnese");
  g_assert_false (row->differs);
  g_assert_true (row->ranked);
  g_assert_cmpint (row->rank_difference, ==, 0);
  /* The aios's leerdoelen are shown beside an empty opleider's side; texts never "differ". */
  row = row_of (rows, "leerdoel-1");
  g_assert_nonnull (row);
  g_assert_false (row->differs);
  g_assert_null (row->right_value);
}

/* The pure comparison: redacted forms and forms of different definitions are refused. */
static void
test_compare_refused (Fixture       *fixture,
                      gconstpointer  data)
{
  OplFormDefinition *combel = current (fixture, OPL_FORM_KIND_COMBEL);
  OplFormDefinition *leoh = current (fixture, OPL_FORM_KIND_LEOH);
  g_autoptr(OplForm) a = opl_form_new ("a", combel, "t", "s", "s", OPL_FORM_ROLE_AIOS, 3, NULL);
  g_autoptr(OplForm) b = opl_form_new ("b", combel, "t", "s", "o", OPL_FORM_ROLE_OPLEIDER, 3, NULL);
  g_autoptr(OplForm) c = opl_form_new ("c", leoh, "t", "o", "s", OPL_FORM_ROLE_AIOS, 3, NULL);
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;

  rows = opl_form_compare (a, c, &error);
  g_assert_null (rows);
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_INVALID);
  g_clear_error (&error);

  opl_form_redact (a);
  rows = opl_form_compare (a, b, &error);
  g_assert_null (rows);
  g_assert_error (error, OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_ALLOWED);
}

/* issue 5: the same item across the moments 3, 6 and 9 shows the aios's growth. */
static void
test_growth (Fixture       *fixture,
             gconstpointer  data)
{
  static const char * const anamnese[] = { "onvoldoende", "voldoende", "goed" };
  static const int months[] = { 3, 6, 9 };
  g_autoptr(GPtrArray) series = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  gboolean seen = FALSE;

  /* Filled out of order; the series comes in the order of the moments. */
  for (int m = 2; m >= 0; m--)
    {
      g_autoptr(OplForm) form = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->charlotte, OPL_FORM_ROLE_AIOS,
                                       NULL, months[m]);

      fill (fixture, form, "voldoende");
      answer (fixture, form, "mh-anamnese", anamnese[m]);
      if (m == 1)
        answer (fixture, form, "co-relatie", "nvt");
      finalize (fixture, form);
      if (m != 0)
        share (fixture, form);
    }

  /* For the opleider, the one that is not shared is left out. */
  series = opl_store_list_combel_series (fixture->store, fixture->traject, OPL_FORM_ROLE_AIOS, fixture->anna, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->len, ==, 2);
  g_clear_pointer (&series, g_ptr_array_unref);

  series = opl_store_list_combel_series (fixture->store, fixture->traject, OPL_FORM_ROLE_AIOS, fixture->charlotte, &error);
  g_assert_cmpuint (series->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpint (opl_form_get_moment_month (g_ptr_array_index (series, i)), ==, months[i]);

  rows = opl_form_growth ((OplForm **) series->pdata, series->len, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    {
      const OplGrowthRow *row = &g_array_index (rows, OplGrowthRow, i);

      g_assert_cmpuint (row->n_values, ==, 3);
      g_assert_cmpint (row->item->type, ==, OPL_FORM_ITEM_SCALE);
      if (g_str_equal (row->item->id, "mh-anamnese"))
        {
          seen = TRUE;
          g_assert_cmpstr (row->values[0], ==, "onvoldoende");
          g_assert_cmpstr (row->values[2], ==, "goed");
          g_assert_cmpint (row->ranks[1], ==, 2);
          g_assert_cmpint (row->trend, ==, 2);
        }
      else if (g_str_equal (row->item->id, "co-relatie"))
        {
          /* n.v.t. in the middle has no rank; the trend runs from first to last. */
          g_assert_cmpint (row->ranks[1], ==, 0);
          g_assert_cmpint (row->trend, ==, 0);
        }
    }
  g_assert_true (seen);
}

/* issue 5: a filled form keeps the id and version it was filled against, forever: an
 * institute's definition renders from the practice's copy on a machine that does not
 * have it; a changed text under the same version is refused. */
static void
test_definition_kept (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *v2_path = g_test_build_filename (G_TEST_DIST, "data", "forms-institute", "combel-v2.json", NULL);
  g_autoptr(OplFormDefinition) v2 = NULL;
  g_autoptr(OplFormDefinition) edited = NULL;
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplForm) refused = NULL;
  g_autoptr(OplStore) elsewhere = NULL;
  g_autoptr(OplForm) read_back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *changed = NULL;
  GDate day = date (2026, 11, 20);

  v2 = opl_form_definition_new_from_file (v2_path, &error);
  g_assert_no_error (error);
  form = opl_store_create_form_draft (fixture->store, v2, fixture->traject, fixture->anna, OPL_FORM_ROLE_OPLEIDER,
                                      NULL, 9, &day, &error);
  g_assert_no_error (error);
  answer (fixture, form, "co-extra", "goed");

  /* Another store, with nothing cached, in an app whose registry knows only the
   * shipped version 1: the form renders from the practice's own copy. */
  elsewhere = opl_store_new (opl_store_get_database (fixture->store));
  g_assert_true (opl_store_load (elsewhere, &error));
  read_back = opl_store_load_form (elsewhere, opl_form_get_id (form), fixture->anna, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_form_definition_get_version (opl_form_get_definition (read_back)), ==, 2);
  g_assert_nonnull (opl_form_definition_lookup_item (opl_form_get_definition (read_back), "co-extra", NULL));
  g_assert_cmpstr (opl_form_get_value (read_back, "co-extra"), ==, "goed");
  g_assert_cmpstr (opl_form_definition_get_checksum (opl_form_get_definition (read_back)), ==,
                   opl_form_definition_get_checksum (v2));

  g_file_get_contents (v2_path, &text, NULL, &error);
  changed = g_strconcat (text, " ", NULL);
  edited = opl_form_definition_new_from_data ("combel-v2-bewerkt.json", changed, -1, &error);
  g_assert_no_error (error);
  refused = opl_store_create_form_draft (fixture->store, edited, fixture->traject, fixture->charlotte,
                                         OPL_FORM_ROLE_AIOS, NULL, 9, &day, &error);
  g_assert_null (refused);
  g_assert_error (error, OPL_FORM_DEFINITION_ERROR, OPL_FORM_DEFINITION_ERROR_CONFLICT);
  g_assert_cmpint (count_forms (fixture), ==, 1);
}

/* The demo practice: Charlotte's ComBel after three months, side by side for Anna. */
static void
test_demo_forms (void)
{
  g_autofree char *path = opl_test_db_path ("demo-forms.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GArray) rows = NULL;
  g_autoptr(GArray) slots = NULL;
  g_autoptr(GError) error = NULL;
  OplPerson *anna = opl_store_find_profile (store, "Anna de Vries");
  OplTraject *charlotte = NULL;

  trajecten = opl_store_list_trajecten (store, NULL, &error);
  for (guint i = 0; i < trajecten->len; i++)
    {
      if (g_str_equal (opl_traject_get_aios_name (g_ptr_array_index (trajecten, i)), "Charlotte Bakker"))
        charlotte = g_ptr_array_index (trajecten, i);
    }
  g_assert_nonnull (charlotte);

  rows = opl_store_compare_combel (store, charlotte, 3, opl_person_get_id (anna), NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (opl_compare_count_differences (rows), ==, 5);

  /* Her next self-assessment is a private draft: pending for Anna. */
  slots = opl_store_get_moment_forms (store, charlotte, OPL_FORM_KIND_COMBEL, 6, opl_person_get_id (anna), &error);
  g_assert_nonnull (g_array_index (slots, OplFormSlot, 0).form);
  g_assert_true (opl_form_is_redacted (g_array_index (slots, OplFormSlot, 0).form));
  g_assert_null (g_array_index (slots, OplFormSlot, 1).form);
}

/* The ids of the first @n items @form's author fills. */
static GPtrArray *
author_items (OplForm *form,
              guint    n)
{
  OplFormDefinition *definition = opl_form_get_definition (form);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint s = 0; s < opl_form_definition_get_n_sections (definition) && ids->len < n; s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (definition, s);

      if (!opl_form_section_applies_to (section, opl_form_get_author_role (form)))
        continue;

      for (guint i = 0; i < section->n_items && ids->len < n; i++)
        g_ptr_array_add (ids, (gpointer) section->items[i].id);
    }

  g_assert_cmpuint (ids->len, ==, n);
  return ids;
}

static char *
stored_note (OplStore   *store,
             const char *form_id,
             const char *item_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplForm) form = opl_store_load_form (store, form_id, NULL, &error);
  const OplFormAnswer *answer;

  g_assert_no_error (error);
  answer = opl_form_get_answer (form, item_id);
  return g_strdup (answer != NULL ? answer->note : NULL);
}

/* Issue 17: “No lost updates: every update of a row a person edits (KPB/KVB, diensten,
 * leerpunten, scholing days, forms, people, trajecten) checks that the row has not been
 * changed since it was read, as leergesprekken already do, and the window offers Keep
 * editing / Reload / Save mine on a conflict.” A form's answers autosave one item at a
 * time, so the check is per item: an answer another PC changed since this editor read
 * it is refused and nothing is written; other items save as usual; Save Mine writes it
 * over the other version. */
static void
test_answer_changed_elsewhere (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = opl_test_db_path ("forms.db");
  g_autoptr(OplStore) other = opl_test_open_store_as (path, "Anna");
  g_autoptr(OplForm) mine = draft (fixture, OPL_FORM_KIND_COMBEL, fixture->anna, OPL_FORM_ROLE_OPLEIDER, NULL, 3);
  g_autoptr(OplForm) theirs = NULL;
  g_autoptr(GPtrArray) items = author_items (mine, 3);
  const char *first = g_ptr_array_index (items, 0);
  const char *second = g_ptr_array_index (items, 1);
  const char *third = g_ptr_array_index (items, 2);
  const char *id = opl_form_get_id (mine);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *note = NULL;

  g_assert_true (opl_store_set_form_answer (fixture->store, mine, first, NULL, "Eerste versie", &error));
  g_assert_true (opl_store_set_form_answer (fixture->store, mine, third, NULL, "Wordt gewist", &error));
  g_assert_no_error (error);

  /* The same draft open on another PC (the author at another desk) changes one item
   * and clears another. */
  theirs = opl_store_load_form (other, id, fixture->anna, &error);
  g_assert_no_error (error);
  g_assert_true (opl_store_set_form_answer (other, theirs, first, NULL, "Van de andere pc", &error));
  g_assert_true (opl_store_set_form_answer (other, theirs, third, NULL, NULL, &error));
  g_assert_no_error (error);

  /* This editor's autosave of those items: refused, nothing written. */
  before = opl_test_digest_database (opl_store_get_database (fixture->store));
  g_assert_false (opl_store_set_form_answer (fixture->store, mine, first, NULL, "Mijn versie", &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
  g_assert_cmpstr (error->message, ==, "Anna changed this answer after you opened the form");
  g_clear_error (&error);
  g_assert_false (opl_store_set_form_answer (fixture->store, mine, third, NULL, "Weer iets", &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
  g_clear_error (&error);
  after = opl_test_digest_database (opl_store_get_database (fixture->store));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpstr (opl_form_get_answer (mine, first)->note, ==, "Eerste versie");

  /* Another item, untouched elsewhere, saves; so does the very answer the other PC
   * wrote (nothing of theirs is lost). */
  g_assert_true (opl_store_set_form_answer (fixture->store, mine, second, NULL, "Een ander item", &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_set_form_answer (fixture->store, mine, third, NULL, NULL, &error));
  g_assert_no_error (error);

  /* Save Mine: over the other version; the next autosave goes as usual. */
  g_assert_true (opl_store_overwrite_form_answer (fixture->store, mine, first, NULL, "Mijn versie", &error));
  g_assert_no_error (error);
  note = stored_note (other, id, first);
  g_assert_cmpstr (note, ==, "Mijn versie");
  g_assert_true (opl_store_set_form_answer (fixture->store, mine, first, NULL, "Mijn versie, aangevuld", &error));
  g_assert_no_error (error);

  /* Now the other PC holds the stale answer. */
  g_assert_false (opl_store_set_form_answer (other, theirs, first, NULL, "Nog eens", &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) g_test_add ("/opl/forms/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("draft-prefilled", test_draft_prefilled);
  ADD ("draft-refused", test_draft_refused);
  ADD ("autosave", test_autosave);
  ADD ("finalize", test_finalize);
  ADD ("final-frozen-in-sql", test_final_frozen_in_sql);
  ADD ("new-version", test_new_version);
  ADD ("privacy", test_privacy);
  ADD ("duo-leoh", test_duo_leoh);
  ADD ("schedule-done", test_schedule_done);
  ADD ("compare", test_compare);
  ADD ("compare-refused", test_compare_refused);
  ADD ("growth", test_growth);
  ADD ("definition-kept", test_definition_kept);
  ADD ("answer-changed-elsewhere", test_answer_changed_elsewhere);
#undef ADD
  g_test_add_func ("/opl/forms/demo", test_demo_forms);

  return g_test_run ();
}
