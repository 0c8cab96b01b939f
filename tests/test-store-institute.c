/* test-store-institute.c: the institute belongs to the practice, not to a PC.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: issue 5 ('let an institute load its own definition file from the
 * preferences; a filled form keeps the id and version it was filled against, forever';
 * 'a malformed definition file is refused with a message naming the file and the
 * problem'); design.md §1 and §4 (one practice database shared by several PCs; one
 * transaction per action, bad input changes nothing), §3 (an institute profile holds
 * the scholing requirements; the practice chooses its institute); issue 6 (the numbers
 * come from the institute profile); domain.md 'Scholing of the opleider' (8 days for a
 * hoofdopleider at LUMC, configurable per institute); /work/notes/forms-gui-requests.md
 * R1.
 */

#include "config.h"

#include <string.h>

#include "opl-database-private.h"
#include "opl-form-registry.h"
#include "opl-store-forms.h"
#include "opl-store-institute.h"
#include "opl-store-scholing.h"
#include "opl-test-utils.h"

typedef struct
{
  char     *path;
  OplStore *store;
  GDate     today;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->path = opl_test_db_path ("institute.db");
  g_object_unref (opl_test_demo_store (fixture->path));
  fixture->store = opl_test_open_store_as (fixture->path, "Anna de Vries");
  opl_test_fixed_today (&fixture->today);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

static GFile *
test_data (const char *dir,
           const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", dir, name, NULL);

  return g_file_new_for_path (path);
}

/* Writes @contents into the test's own data dir. */
static GFile *
write_file (const char *name,
            const char *contents)
{
  g_autofree char *path = opl_test_db_path (name);

  opl_test_write_file (path, contents, -1);
  return g_file_new_for_path (path);
}

static char *
replace (const char *text,
         const char *old,
         const char *new)
{
  g_auto(GStrv) parts = g_strsplit (text, old, 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strjoin (new, parts[0], parts[1], NULL);
}

static char *
file_text (GFile *file)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_load_contents (file, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* LUMC's shipped profile with another id, version, name and days for a hoofdopleider. */
static char *
profile_text (const char *id,
              int         version,
              const char *name,
              const char *hoofdopleider_days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplInstitute) lumc = opl_institute_new_for_id ("lumc", &error);
  g_autofree char *new_id = g_strdup_printf ("\"id\": \"%s\"", id);
  g_autofree char *new_version = g_strdup_printf ("\"version\": %d", version);
  g_autofree char *new_name = g_strdup_printf ("\"name\": \"%s\"", name);
  g_autofree char *new_days = g_strdup_printf ("\"hoofdopleider\": { \"days\": %s }", hoofdopleider_days);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  g_assert_no_error (error);
  a = replace (opl_institute_get_json (lumc), "\"id\": \"lumc\"", new_id);
  b = replace (a, "\"version\": 3", new_version);
  c = replace (b, "\"name\": \"LUMC Huisartsgeneeskunde\"", new_name);
  return replace (c, "\"hoofdopleider\": { \"days\": 8 }", new_days);
}

static OplFormDefinition *
current_combel (OplStore *store)
{
  return opl_form_registry_get_current (opl_store_get_form_registry (store), OPL_FORM_KIND_COMBEL);
}

static OplTraject *
traject_of (OplStore   *store,
            const char *aios)
{
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;

  trajecten = opl_store_list_trajecten (store, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (g_str_equal (opl_traject_get_aios_name (traject), aios) && opl_traject_get_end (traject) == NULL)
        return g_object_ref (traject);
    }

  g_error ("No current traject of %s", aios);
}

/* A refused action: @ok is FALSE, @error in @domain/@code names @file_name, and no row
 * of any table changed. */
static void
assert_refused (Fixture     *fixture,
                gboolean     ok,
                GError     **error,
                GQuark       domain,
                int          code,
                const char  *file_name,
                const char  *before)
{
  g_autofree char *after = opl_test_digest_database (opl_store_get_database (fixture->store));

  g_assert_false (ok);
  g_assert_error (*error, domain, code);
  if (file_name != NULL)
    g_assert_nonnull (strstr ((*error)->message, file_name));
  g_assert_cmpstr (after, ==, before);
  g_clear_error (error);
}

/* R1, design.md §1/§4: a definition the practice loads is offered on every PC that
 * opens the practice, also one that was open already (after its next poll). */
static void
test_definition_offered_everywhere (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GFile) file = test_data ("forms-institute", "combel-v2.json");
  g_autoptr(OplStore) open_before = opl_test_open_store_as (fixture->path, "Bram Jansen");
  g_autoptr(OplStore) opened_after = NULL;
  g_autoptr(OplFormDefinition) added = NULL;
  g_autoptr(GPtrArray) offered = NULL;
  g_autoptr(GError) error = NULL;
  OplFormRegistry *registry = opl_store_get_form_registry (fixture->store);
  OplPracticeDefinition *item;

  g_assert_cmpint (opl_form_definition_get_version (current_combel (open_before)), ==, 1);
  g_assert_cmpint (opl_form_definition_get_version (current_combel (fixture->store)), ==, 1);

  added = opl_store_add_form_definition_file (fixture->store, file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_form_definition_get_id (added), ==, "combel");
  g_assert_cmpint (opl_form_definition_get_version (added), ==, 2);

  /* This PC: the same registry object, now offering version 2 for new forms. */
  g_assert_true (opl_store_get_form_registry (fixture->store) == registry);
  g_assert_cmpint (opl_form_definition_get_version (current_combel (fixture->store)), ==, 2);
  g_assert_cmpstr (opl_form_definition_get_title (current_combel (fixture->store)), ==, "ComBel van het instituut");

  /* Another PC opening the practice now. */
  opened_after = opl_test_open_store_as (fixture->path, "Bram Jansen");
  g_assert_cmpint (opl_form_definition_get_version (current_combel (opened_after)), ==, 2);
  offered = opl_store_list_practice_definitions (opened_after, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offered->len, ==, 1);
  item = g_ptr_array_index (offered, 0);
  g_assert_cmpstr (item->file_name, ==, "combel-v2.json");
  g_assert_cmpstr (item->added_by, ==, opl_store_get_actor (fixture->store));
  g_assert_cmpstr (opl_form_definition_get_checksum (item->definition), ==, opl_form_definition_get_checksum (added));

  /* A PC that had it open: after its poll (design.md §4, within about a second). */
  g_assert_cmpint (opl_form_definition_get_version (current_combel (open_before)), ==, 1);
  g_assert_true (opl_store_poll (open_before));
  g_assert_cmpint (opl_form_definition_get_version (current_combel (open_before)), ==, 2);

  /* The shipped version 1 is still listed, not chosen for new forms. */
  g_assert_nonnull (opl_form_registry_lookup (opl_store_get_form_registry (open_before), "combel", 1));

  /* Loading the same file again changes nothing but who added it. */
  g_clear_object (&added);
  added = opl_store_add_form_definition_file (open_before, file, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM practice_form_definition"), ==, 1);
}

/* issue 5: 'a malformed definition file is refused with a message naming the file and
 * the problem'; design.md §4: nothing is written. */
static void
test_malformed_definition (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *before = opl_test_digest_database (opl_store_get_database (fixture->store));
  g_autoptr(GFile) typo = write_file ("combel-typo.json",
                                      "{ \"format\": 1, \"id\": \"combel\", \"version\": 2, \"requried\": true }");
  g_autoptr(GFile) not_json = test_data ("forms-bad", "not-json.json");
  g_autoptr(GFile) missing = write_file ("gone.json", "{}");
  g_autoptr(OplFormDefinition) definition = NULL;
  g_autoptr(GError) error = NULL;

  definition = opl_store_add_form_definition_file (fixture->store, typo, &error);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "requried"));
  assert_refused (fixture, definition != NULL, &error, OPL_FORM_DEFINITION_ERROR,
                  OPL_FORM_DEFINITION_ERROR_INVALID, "combel-typo.json", before);

  definition = opl_store_add_form_definition_file (fixture->store, not_json, &error);
  assert_refused (fixture, definition != NULL, &error, OPL_FORM_DEFINITION_ERROR,
                  OPL_FORM_DEFINITION_ERROR_INVALID, "not-json.json", before);

  g_assert_true (g_file_delete (missing, NULL, NULL));
  definition = opl_store_add_form_definition_file (fixture->store, missing, &error);
  assert_refused (fixture, definition != NULL, &error, OPL_FORM_DEFINITION_ERROR,
                  OPL_FORM_DEFINITION_ERROR_READ, "gone.json", before);

  g_assert_cmpint (opl_form_definition_get_version (current_combel (fixture->store)), ==, 1);
}

/* issue 5 / docs/form-definitions.md: a definition's text never changes under its id
 * and version; a changed one needs a higher version. Also the app's own. */
static void
test_same_version_other_text (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GFile) v2 = test_data ("forms-institute", "combel-v2.json");
  g_autofree char *v2_text = file_text (v2);
  g_autofree char *edited_text = replace (v2_text, "\"ComBel van het instituut\"", "\"ComBel, bewerkt\"");
  g_autoptr(GFile) edited = write_file ("combel-v2-bewerkt.json", edited_text);
  g_autofree char *shipped_text = g_strdup (opl_form_definition_get_json (current_combel (fixture->store)));
  g_autofree char *shipped_edited = replace (shipped_text, "\"ComBel: competentiebeoordeling\"", "\"ComBel\"");
  g_autoptr(GFile) shipped_changed = write_file ("combel-eigen.json", shipped_edited);
  g_autoptr(GFile) shipped_copy = write_file ("combel-kopie.json", shipped_text);
  g_autoptr(OplFormDefinition) added = NULL;
  g_autoptr(OplFormDefinition) refused = NULL;
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;

  added = opl_store_add_form_definition_file (fixture->store, v2, &error);
  g_assert_no_error (error);
  before = opl_test_digest_database (opl_store_get_database (fixture->store));

  refused = opl_store_add_form_definition_file (fixture->store, edited, &error);
  g_assert_nonnull (strstr (error->message, "higher version"));
  assert_refused (fixture, refused != NULL, &error, OPL_FORM_DEFINITION_ERROR,
                  OPL_FORM_DEFINITION_ERROR_CONFLICT, "combel-v2-bewerkt.json", before);

  /* The app's version 1 with another text, and a plain copy of it. */
  refused = opl_store_add_form_definition_file (fixture->store, shipped_changed, &error);
  g_assert_nonnull (strstr (error->message, "comes with the app"));
  assert_refused (fixture, refused != NULL, &error, OPL_FORM_DEFINITION_ERROR,
                  OPL_FORM_DEFINITION_ERROR_CONFLICT, "combel-eigen.json", before);
  refused = opl_store_add_form_definition_file (fixture->store, shipped_copy, &error);
  g_assert_nonnull (strstr (error->message, "comes with the app already"));
  assert_refused (fixture, refused != NULL, &error, OPL_FORM_DEFINITION_ERROR,
                  OPL_FORM_DEFINITION_ERROR_CONFLICT, "combel-kopie.json", before);

  g_assert_cmpstr (opl_form_definition_get_title (current_combel (fixture->store)), ==, "ComBel van het instituut");
}

/* issue 5: 'a filled form keeps the id and version it was filled against, forever':
 * removing a definition from the offer keeps every form filled with it readable, on
 * this PC and on one with nothing cached; new forms get the shipped one again. */
static void
test_removal_keeps_forms (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GFile) v2 = test_data ("forms-institute", "combel-v2.json");
  g_autoptr(OplFormDefinition) added = NULL;
  g_autoptr(OplTraject) traject = traject_of (fixture->store, "Charlotte Bakker");
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplForm) read_back = NULL;
  g_autoptr(OplStore) elsewhere = NULL;
  g_autoptr(GPtrArray) offered = NULL;
  g_autoptr(GError) error = NULL;
  const char *anna = opl_store_get_actor (fixture->store);
  g_autofree char *before = NULL;

  added = opl_store_add_form_definition_file (fixture->store, v2, &error);
  g_assert_no_error (error);
  form = opl_store_create_form_draft (fixture->store, current_combel (fixture->store), traject, anna,
                                      OPL_FORM_ROLE_OPLEIDER, NULL, 9, &fixture->today, &error);
  g_assert_no_error (error);
  g_assert_true (opl_store_set_form_answer (fixture->store, form, "co-extra", "goed", "Extra item", &error));
  g_assert_no_error (error);

  g_assert_true (opl_store_remove_form_definition (fixture->store, "combel", 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (opl_form_definition_get_version (current_combel (fixture->store)), ==, 1);
  offered = opl_store_list_practice_definitions (fixture->store, &error);
  g_assert_cmpuint (offered->len, ==, 0);
  /* The text stays, and the offer's row says who removed it. */
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM form_definition WHERE definition_id = 'combel' AND version = 2"),
                   ==, 1);
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM practice_form_definition WHERE removed_at IS NOT NULL"
                                   " AND removed_by IS NOT NULL"), ==, 1);

  elsewhere = opl_test_open_store_as (fixture->path, "Bram Jansen");
  g_assert_cmpint (opl_form_definition_get_version (current_combel (elsewhere)), ==, 1);
  read_back = opl_store_load_form (elsewhere, opl_form_get_id (form), anna, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_form_definition_get_version (opl_form_get_definition (read_back)), ==, 2);
  g_assert_nonnull (opl_form_definition_lookup_item (opl_form_get_definition (read_back), "co-extra", NULL));
  g_assert_cmpstr (opl_form_get_value (read_back, "co-extra"), ==, "goed");

  /* Removing it again: it is not offered, and nothing changes. */
  before = opl_test_digest_database (opl_store_get_database (fixture->store));
  assert_refused (fixture, opl_store_remove_form_definition (elsewhere, "combel", 2, &error), &error,
                  OPL_FORM_ERROR, OPL_FORM_ERROR_NOT_FOUND, NULL, before);
  /* The schema keeps the text and the offer's row whatever the store does. */
  g_assert_false (opl_database_exec (opl_store_get_database (fixture->store),
                                     "DELETE FROM practice_form_definition", &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_false (opl_database_exec (opl_store_get_database (fixture->store),
                                     "DELETE FROM form_definition WHERE version = 2", &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
  g_clear_error (&error);

  /* Offered again: the same row, version 2 for new forms once more. */
  g_clear_object (&added);
  added = opl_store_add_form_definition_file (elsewhere, v2, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_form_definition_get_version (current_combel (elsewhere)), ==, 2);
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM practice_form_definition WHERE removed_at IS NULL"), ==, 1);
}

/* design.md §3 and issue 6: an institute profile loaded from a file is the
 * practice's (every PC), and its numbers are the ones the scholing rules use:
 * domain.md 'Scholing of the opleider' has 8 days for a hoofdopleider at LUMC; an
 * institute that asks 6 changes the requirement. */
static void
test_institute_profile_chosen (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *text = profile_text ("umcx", 1, "UMC X Huisartsgeneeskunde", "6");
  g_autoptr(GFile) file = write_file ("umcx.json", text);
  g_autoptr(OplInstitute) added = NULL;
  g_autoptr(OplInstitute) loaded = NULL;
  g_autoptr(OplInstitute) elsewhere_loaded = NULL;
  g_autoptr(OplStore) elsewhere = NULL;
  g_autoptr(OplScholingReport) before = NULL;
  g_autoptr(OplScholingReport) after = NULL;
  g_autoptr(GPtrArray) institutes = NULL;
  g_autoptr(GError) error = NULL;
  const char *anna = opl_store_get_actor (fixture->store);
  g_autofree char *id = NULL;

  loaded = opl_store_load_institute (fixture->store, &error);
  g_assert_no_error (error);
  before = opl_store_get_scholing_report (fixture->store, loaded, anna, 2026, &fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (before->requirement.base_days, ==, 8.0);
  g_clear_object (&loaded);

  added = opl_store_add_institute_file (fixture->store, file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_institute_get_id (added), ==, "umcx");
  id = opl_store_get_institute_id (fixture->store, &error);
  g_assert_cmpstr (id, ==, "umcx");

  loaded = opl_store_load_institute (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_institute_get_name (loaded), ==, "UMC X Huisartsgeneeskunde");
  g_assert_false (opl_institute_is_shipped (loaded));
  g_assert_cmpfloat (opl_institute_get_rules (loaded)->days[OPL_ROLE_HOOFDOPLEIDER], ==, 6.0);
  after = opl_store_get_scholing_report (fixture->store, loaded, anna, 2026, &fixture->today, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (after->requirement.base_days, ==, 6.0);
  g_assert_cmpfloat (after->requirement.days, <, before->requirement.days);

  /* Another PC reads the same profile from the practice. */
  elsewhere = opl_test_open_store_as (fixture->path, "Bram Jansen");
  elsewhere_loaded = opl_store_load_institute (elsewhere, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_institute_get_checksum (elsewhere_loaded), ==, opl_institute_get_checksum (loaded));

  /* Both can be chosen, by name. */
  institutes = opl_store_list_institutes (elsewhere, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (institutes->len, ==, 2);
  g_assert_cmpstr (opl_institute_get_id (g_ptr_array_index (institutes, 0)), ==, "lumc");
  g_assert_true (opl_institute_is_shipped (g_ptr_array_index (institutes, 0)));
  g_assert_cmpstr (opl_institute_get_id (g_ptr_array_index (institutes, 1)), ==, "umcx");

  /* Back to LUMC, and to the stored one again, by id. */
  g_assert_true (opl_store_set_institute (elsewhere, "lumc", &error));
  g_assert_no_error (error);
  g_clear_object (&elsewhere_loaded);
  elsewhere_loaded = opl_store_load_institute (elsewhere, &error);
  g_assert_cmpfloat (opl_institute_get_rules (elsewhere_loaded)->days[OPL_ROLE_HOOFDOPLEIDER], ==, 8.0);
  g_assert_true (opl_store_poll (fixture->store));
  g_clear_object (&loaded);
  loaded = opl_store_load_institute (fixture->store, &error);
  g_assert_cmpstr (opl_institute_get_id (loaded), ==, "lumc");
  g_assert_true (opl_store_set_institute (fixture->store, "umcx", &error));
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = opl_store_load_institute (fixture->store, &error);
  g_assert_cmpfloat (opl_institute_get_rules (loaded)->days[OPL_ROLE_HOOFDOPLEIDER], ==, 6.0);

  g_assert_false (opl_store_set_institute (fixture->store, "umcy", &error));
  g_assert_error (error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_UNKNOWN);
}

/* design.md §3, §4: a malformed profile, or one that clashes with what the app or the
 * practice has, is refused with the file and the problem named, and nothing changes. */
static void
test_institute_profile_refused (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autofree char *umcx_text = profile_text ("umcx", 2, "UMC X", "6");
  g_autofree char *umcx_other = profile_text ("umcx", 2, "UMC X", "7");
  g_autofree char *umcx_older = profile_text ("umcx", 1, "UMC X", "7");
  g_autofree char *lumc_other = profile_text ("lumc", 3, "LUMC Huisartsgeneeskunde", "7");
  g_autofree char *bad_days = profile_text ("umcz", 1, "UMC Z", "6.3");
  g_autoptr(GFile) umcx = write_file ("umcx.json", umcx_text);
  g_autoptr(GFile) other = write_file ("umcx-bewerkt.json", umcx_other);
  g_autoptr(GFile) older = write_file ("umcx-oud.json", umcx_older);
  g_autoptr(GFile) lumc = write_file ("lumc-eigen.json", lumc_other);
  g_autoptr(GFile) bad = write_file ("umcz.json", bad_days);
  g_autoptr(GFile) not_json = write_file ("kapot.json", "{ \"id\": ");
  g_autoptr(OplInstitute) institute = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;

  institute = opl_store_add_institute_file (fixture->store, umcx, &error);
  g_assert_no_error (error);
  g_clear_object (&institute);
  before = opl_test_digest_database (opl_store_get_database (fixture->store));

  institute = opl_store_add_institute_file (fixture->store, bad, &error);
  g_assert_nonnull (strstr (error->message, "scholing.requirement.hoofdopleider.days"));
  assert_refused (fixture, institute != NULL, &error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_INVALID,
                  "umcz.json", before);
  institute = opl_store_add_institute_file (fixture->store, not_json, &error);
  assert_refused (fixture, institute != NULL, &error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_INVALID,
                  "kapot.json", before);
  institute = opl_store_add_institute_file (fixture->store, other, &error);
  g_assert_nonnull (strstr (error->message, "higher version"));
  assert_refused (fixture, institute != NULL, &error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_CONFLICT,
                  "umcx-bewerkt.json", before);
  institute = opl_store_add_institute_file (fixture->store, older, &error);
  g_assert_nonnull (strstr (error->message, "this practice has version 2"));
  assert_refused (fixture, institute != NULL, &error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_CONFLICT,
                  "umcx-oud.json", before);
  institute = opl_store_add_institute_file (fixture->store, lumc, &error);
  g_assert_nonnull (strstr (error->message, "comes with the app"));
  assert_refused (fixture, institute != NULL, &error, OPL_INSTITUTE_ERROR, OPL_INSTITUTE_ERROR_CONFLICT,
                  "lumc-eigen.json", before);

  /* The schema stands behind it: a stored profile never changes. */
  g_assert_false (opl_database_exec (opl_store_get_database (fixture->store),
                                     "UPDATE institute_profile SET json = '{}'", &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CONSTRAINT);
}

/* design.md §3: an institute may ship a newer version of a profile the app has (the app
 * ships LUMC version 3); the higher version counts. The app's own text again only
 * chooses it. */
static void
test_institute_profile_versions (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *lumc_v2_text = profile_text ("lumc", 4, "LUMC Huisartsgeneeskunde", "7");
  g_autoptr(GFile) lumc_v2 = write_file ("lumc-4.json", lumc_v2_text);
  g_autoptr(OplInstitute) shipped = opl_institute_new_for_id ("lumc", NULL);
  g_autoptr(GFile) lumc_copy = write_file ("lumc-kopie.json", opl_institute_get_json (shipped));
  g_autoptr(OplInstitute) institute = NULL;
  g_autoptr(GPtrArray) institutes = NULL;
  g_autoptr(GError) error = NULL;

  institute = opl_store_add_institute_file (fixture->store, lumc_copy, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM institute_profile"), ==, 0);
  g_clear_object (&institute);

  institute = opl_store_add_institute_file (fixture->store, lumc_v2, &error);
  g_assert_no_error (error);
  g_clear_object (&institute);
  institute = opl_store_load_institute (fixture->store, &error);
  g_assert_cmpint (opl_institute_get_version (institute), ==, 4);
  g_assert_cmpfloat (opl_institute_get_rules (institute)->days[OPL_ROLE_HOOFDOPLEIDER], ==, 7.0);

  institutes = opl_store_list_institutes (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (institutes->len, ==, 1);
  g_assert_cmpint (opl_institute_get_version (g_ptr_array_index (institutes, 0)), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(name, func) \
  g_test_add ("/opl/store-institute/" name, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("definition-offered-everywhere", test_definition_offered_everywhere);
  ADD ("malformed-definition", test_malformed_definition);
  ADD ("same-version-other-text", test_same_version_other_text);
  ADD ("removal-keeps-forms", test_removal_keeps_forms);
  ADD ("institute-profile-chosen", test_institute_profile_chosen);
  ADD ("institute-profile-refused", test_institute_profile_refused);
  ADD ("institute-profile-versions", test_institute_profile_versions);

#undef ADD

  return g_test_run ();
}
