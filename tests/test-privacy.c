/* test-privacy.c: passphrases, the sealed private drafts and the blind self-assessment
 * (issue 15; design.md §7).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "opl-database-private.h"
#include "opl-date.h"
#include "opl-form-registry.h"
#include "opl-store-forms.h"
#include "opl-store-privacy.h"
#include "opl-store-private.h"
#include "opl-test-utils.h"

/* What an aios types into a private draft: looked for in the file's bytes. */
#define SECRET "Zeer geheime zin 4711 over mijn opleider"

typedef struct
{
  char            *path;
  OplStore        *store;
  OplFormRegistry *registry;
  OplTraject      *traject;
  char            *anna;
  char            *charlotte;
  GDate            today;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GPtrArray) trajecten = NULL;

  fixture->path = opl_test_db_path ("privacy.db");
  fixture->store = opl_test_demo_store (fixture->path);
  fixture->registry = opl_form_registry_new_default (NULL);
  opl_test_fixed_today (&fixture->today);
  /* Copies: the store replaces its people each time it reloads. */
  fixture->anna = g_strdup (opl_person_get_id (opl_test_find_person (fixture->store, "Anna de Vries")));
  fixture->charlotte = g_strdup (opl_person_get_id (opl_test_find_person (fixture->store, "Charlotte Bakker")));
  trajecten = opl_store_list_trajecten (fixture->store, fixture->charlotte, NULL);
  fixture->traject = g_object_ref (g_ptr_array_index (trajecten, 0));
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->traject);
  g_clear_object (&fixture->registry);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->anna, g_free);
  g_clear_pointer (&fixture->charlotte, g_free);
  g_clear_pointer (&fixture->path, g_free);
}

static OplPerson *
charlotte (Fixture *fixture)
{
  return opl_store_lookup_person (fixture->store, fixture->charlotte);
}

/* A LEOh of Charlotte about Anna for month 9 (a private draft), with @text in a note. */
static OplForm *
leoh_draft (Fixture    *fixture,
            const char *text)
{
  g_autoptr(GError) error = NULL;
  OplForm *form;

  opl_store_set_actor (fixture->store, fixture->charlotte);
  form = opl_store_create_form_draft (fixture->store, opl_form_registry_get_current (fixture->registry, OPL_FORM_KIND_LEOH),
                                      fixture->traject, fixture->charlotte, OPL_FORM_ROLE_AIOS, fixture->anna, 9,
                                      &fixture->today, &error);
  g_assert_no_error (error);
  g_assert_true (opl_form_is_private (form));
  if (text != NULL)
    {
      g_assert_true (opl_store_set_form_answer (fixture->store, form, "top", text, "", &error));
      g_assert_no_error (error);
    }
  return form;
}

static OplForm *
load_as (Fixture    *fixture,
         OplForm    *form,
         const char *viewer_id)
{
  g_autoptr(GError) error = NULL;
  OplForm *loaded = opl_store_load_form (fixture->store, opl_form_get_id (form), viewer_id, &error);

  g_assert_no_error (error);
  return loaded;
}

/* Answers every required item that has no answer yet. */
static void
fill_required (Fixture *fixture,
               OplForm *form)
{
  OplFormDefinition *definition = opl_form_get_definition (form);
  g_autoptr(GError) error = NULL;

  for (guint s = 0; s < opl_form_definition_get_n_sections (definition); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (definition, s);

      for (guint i = 0; i < section->n_items; i++)
        {
          const OplFormItem *item = &section->items[i];
          g_autofree char *number = g_strdup_printf ("%d", item->min);

          if (!item->required || opl_form_get_value (form, item->id) != NULL)
            continue;

          g_assert_true (opl_store_set_form_answer (fixture->store, form, item->id,
                                                    item->type == OPL_FORM_ITEM_SCALE ? item->scale->options[0].value
                                                    : item->type == OPL_FORM_ITEM_NUMBER ? number : "Goed.",
                                                    "", &error));
          g_assert_no_error (error);
        }
    }
}

/* The passphrase is kept as an Argon2id hash: the right one unlocks, a wrong one or a
 * short one is refused; a change needs the current one; removing it works too. */
static void
test_passphrase (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = NULL;

  g_assert_false (opl_store_has_passphrase (fixture->store, fixture->charlotte));
  g_assert_false (opl_store_set_passphrase (fixture->store, charlotte (fixture), NULL, "kort", &error));
  g_assert_error (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WEAK_PASSPHRASE);
  g_clear_error (&error);

  g_assert_true (opl_store_set_passphrase (fixture->store, charlotte (fixture), NULL, "paardenbloem", &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_has_passphrase (fixture->store, fixture->charlotte));
  g_assert_true (opl_store_is_unlocked (fixture->store, fixture->charlotte));
  /* Never in clear: the hash is Argon2id's, and the passphrase is nowhere in the file. */
  hash = g_strdup_printf ("%" G_GINT64_FORMAT, opl_test_count (opl_store_get_database (fixture->store),
                          "SELECT count(*) FROM profile_lock WHERE passphrase_hash LIKE '$argon2id$%'"));
  g_assert_cmpstr (hash, ==, "1");
  g_assert_false (opl_test_file_holds (fixture->path, "paardenbloem"));

  opl_store_forget_key (fixture->store);
  g_assert_false (opl_store_unlock (fixture->store, fixture->charlotte, "paardenbloen", &error));
  g_assert_error (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  g_assert_false (opl_store_is_unlocked (fixture->store, fixture->charlotte));
  g_assert_true (opl_store_unlock (fixture->store, fixture->charlotte, "paardenbloem", &error));
  g_assert_true (opl_store_is_unlocked (fixture->store, fixture->charlotte));

  /* A change needs the current passphrase. */
  g_assert_false (opl_store_set_passphrase (fixture->store, charlotte (fixture), "fout-fout", "zonnebloem", &error));
  g_assert_error (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  g_assert_true (opl_store_set_passphrase (fixture->store, charlotte (fixture), "paardenbloem", "zonnebloem", &error));
  g_assert_no_error (error);
  g_assert_false (opl_store_unlock (fixture->store, fixture->charlotte, "paardenbloem", &error));
  g_clear_error (&error);
  g_assert_true (opl_store_unlock (fixture->store, fixture->charlotte, "zonnebloem", &error));

  g_assert_true (opl_store_remove_passphrase (fixture->store, charlotte (fixture), "zonnebloem", &error));
  g_assert_no_error (error);
  g_assert_false (opl_store_has_passphrase (fixture->store, fixture->charlotte));
}

/* Sealed at rest: with a passphrase, what the aios types into a private draft is in
 * the file only as a box; no other profile and no store query reads it; the author
 * with the passphrase does; sharing writes it in clear (design.md §7). */
static void
test_sealed_draft (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplForm) as_anna = NULL;
  g_autoptr(OplForm) as_author_locked = NULL;
  g_autoptr(OplForm) as_author = NULL;
  g_autoptr(OplForm) shared = NULL;
  g_autoptr(GError) error = NULL;
  GDate day = fixture->today;

  g_assert_true (opl_store_set_passphrase (fixture->store, charlotte (fixture), NULL, "paardenbloem", &error));
  form = leoh_draft (fixture, SECRET);
  g_assert_true (opl_store_form_is_sealed (fixture->store, opl_form_get_id (form)));
  /* No private draft of hers has answers in clear (the demo's were sealed with it). */
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store),
                                   "SELECT count(*) FROM form_answer a JOIN form f ON f.id = a.form_id"
                                   " WHERE f.kind = 'leoh' AND f.shared = 0"), ==, 0);

  /* Not in the file (the store's connection checkpoints on close; read it after). */
  opl_database_exec (opl_store_get_database (fixture->store), "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
  g_assert_false (opl_test_file_holds (fixture->path, SECRET));
  g_assert_false (opl_test_file_holds (fixture->path, "Zeer geheime"));

  /* Not to Anna, nor to the author without the passphrase; to the author with it. */
  as_anna = load_as (fixture, form, fixture->anna);
  g_assert_true (opl_form_is_redacted (as_anna));
  g_assert_null (opl_form_get_value (as_anna, "top"));
  as_author = load_as (fixture, form, fixture->charlotte);
  g_assert_cmpstr (opl_form_get_value (as_author, "top"), ==, SECRET);
  g_assert_cmpuint (opl_form_get_n_answered (as_author), ==, 1);
  opl_store_forget_key (fixture->store);
  as_author_locked = load_as (fixture, form, fixture->charlotte);
  g_assert_true (opl_form_is_redacted (as_author_locked));
  g_assert_false (opl_store_set_form_answer (fixture->store, form, "tip", "iets", "", &error));
  g_assert_error (error, OPL_SEAL_ERROR, OPL_SEAL_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);

  /* Finished and shared: in clear, as the training requires. */
  g_assert_true (opl_store_unlock (fixture->store, fixture->charlotte, "paardenbloem", &error));
  g_clear_object (&as_author);
  as_author = load_as (fixture, form, fixture->charlotte);
  fill_required (fixture, as_author);
  g_assert_true (opl_store_finalize_form (fixture->store, as_author, fixture->charlotte, &day, &error));
  g_assert_no_error (error);
  /* Final but not shared: still sealed. */
  g_assert_true (opl_store_form_is_sealed (fixture->store, opl_form_get_id (form)));
  g_assert_true (opl_store_share_form (fixture->store, as_author, fixture->charlotte, &error));
  g_assert_no_error (error);
  g_assert_false (opl_store_form_is_sealed (fixture->store, opl_form_get_id (form)));
  shared = load_as (fixture, form, fixture->anna);
  g_assert_false (opl_form_is_redacted (shared));
  g_assert_cmpstr (opl_form_get_value (shared, "top"), ==, SECRET);
  opl_database_exec (opl_store_get_database (fixture->store), "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
  g_assert_true (opl_test_file_holds (fixture->path, SECRET));
}

/* Issue 17: “No lost updates: every update of a row a person edits (KPB/KVB, diensten,
 * leerpunten, scholing days, forms, people, trajecten) checks that the row has not been
 * changed since it was read, as leergesprekken already do, and the window offers Keep
 * editing / Reload / Save mine on a conflict.” A sealed private draft keeps all its
 * answers in one box; its autosave still checks the one item it saves: the aios's
 * answer changed on her other PC is not overwritten, another item is saved, and Save
 * Mine writes it over. */
static void
test_sealed_changed_elsewhere (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(OplStore) other = opl_test_open_store_as (fixture->path, "Charlotte Bakker");
  g_autoptr(OplForm) mine = NULL;
  g_autoptr(OplForm) theirs = NULL;
  g_autoptr(OplForm) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (opl_store_set_passphrase (fixture->store, charlotte (fixture), NULL, "paardenbloem", &error));
  mine = leoh_draft (fixture, SECRET);
  g_assert_true (opl_store_form_is_sealed (fixture->store, opl_form_get_id (mine)));

  opl_store_poll (other);
  g_assert_true (opl_store_unlock (other, fixture->charlotte, "paardenbloem", &error));
  theirs = opl_store_load_form (other, opl_form_get_id (mine), fixture->charlotte, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_form_get_value (theirs, "top"), ==, SECRET);
  g_assert_true (opl_store_set_form_answer (other, theirs, "top", "Op de andere pc geschreven", "", &error));
  g_assert_no_error (error);

  before = opl_test_digest_database (opl_store_get_database (fixture->store));
  g_assert_false (opl_store_set_form_answer (fixture->store, mine, "top", "Mijn versie", "", &error));
  g_assert_error (error, OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CHANGED);
  g_assert_cmpstr (error->message, ==, "Charlotte Bakker changed this answer after you opened the form");
  g_clear_error (&error);
  after = opl_test_digest_database (opl_store_get_database (fixture->store));
  g_assert_cmpstr (after, ==, before);

  g_assert_true (opl_store_set_form_answer (fixture->store, mine, "tip", "Een ander item", "", &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_overwrite_form_answer (fixture->store, mine, "top", "Mijn versie", "", &error));
  g_assert_no_error (error);
  stored = opl_store_load_form (other, opl_form_get_id (mine), fixture->charlotte, &error);
  g_assert_cmpstr (opl_form_get_value (stored, "top"), ==, "Mijn versie");
  g_assert_cmpstr (opl_form_get_value (stored, "tip"), ==, "Een ander item");
  g_assert_true (opl_store_form_is_sealed (other, opl_form_get_id (mine)));
}

/* A passphrase set on drafts typed without one seals them, and what was in clear is
 * gone from the file; removing the passphrase writes them in clear again. */
static void
test_seal_existing (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(OplForm) form = leoh_draft (fixture, SECRET);
  g_autoptr(OplForm) as_author = NULL;
  g_autoptr(GError) error = NULL;

  opl_database_exec (opl_store_get_database (fixture->store), "PRAGMA wal_checkpoint(TRUNCATE)", NULL);
  g_assert_true (opl_test_file_holds (fixture->path, SECRET));

  g_assert_true (opl_store_set_passphrase (fixture->store, charlotte (fixture), NULL, "paardenbloem", &error));
  g_assert_no_error (error);
  g_assert_true (opl_store_form_is_sealed (fixture->store, opl_form_get_id (form)));
  g_assert_false (opl_test_file_holds (fixture->path, SECRET));

  as_author = load_as (fixture, form, fixture->charlotte);
  g_assert_cmpstr (opl_form_get_value (as_author, "top"), ==, SECRET);

  g_assert_true (opl_store_remove_passphrase (fixture->store, charlotte (fixture), "paardenbloem", &error));
  g_assert_no_error (error);
  g_assert_false (opl_store_form_is_sealed (fixture->store, opl_form_get_id (form)));
  g_clear_object (&as_author);
  as_author = load_as (fixture, form, fixture->charlotte);
  g_assert_cmpstr (opl_form_get_value (as_author, "top"), ==, SECRET);
}

/* A forgotten passphrase: removed without it, what it sealed is lost, nothing else. */
static void
test_forgotten (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplForm) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 forms_before;

  g_assert_true (opl_store_set_passphrase (fixture->store, charlotte (fixture), NULL, "paardenbloem", &error));
  form = leoh_draft (fixture, SECRET);
  forms_before = opl_test_count (opl_store_get_database (fixture->store), "SELECT count(*) FROM form");
  g_assert_cmpuint (opl_store_count_sealed (fixture->store, fixture->charlotte), >=, 1);

  opl_store_forget_key (fixture->store);
  g_assert_true (opl_store_forget_passphrase (fixture->store, charlotte (fixture), &error));
  g_assert_no_error (error);
  g_assert_false (opl_store_has_passphrase (fixture->store, fixture->charlotte));
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture->store), "SELECT count(*) FROM form"), ==, forms_before);
  after = load_as (fixture, form, fixture->charlotte);
  g_assert_false (opl_form_is_redacted (after));
  g_assert_null (opl_form_get_value (after, "top"));
}

/* Blind self-assessment (design.md §7): the aios sees the opleider's ComBel of a
 * moment only once their own ComBel of that moment is final and shared; before that,
 * that it exists. */
static void
test_blind_self_assessment (Fixture       *fixture,
                            gconstpointer  data)
{
  OplFormDefinition *combel = opl_form_registry_get_current (fixture->registry, OPL_FORM_KIND_COMBEL);
  g_autoptr(OplForm) own = NULL;
  g_autoptr(OplForm) opleiders = NULL;
  g_autoptr(OplForm) seen = NULL;
  g_autoptr(GError) error = NULL;
  GDate day = fixture->today;

  opl_store_set_actor (fixture->store, fixture->anna);
  opleiders = opl_store_create_form_draft (fixture->store, combel, fixture->traject, fixture->anna,
                                           OPL_FORM_ROLE_OPLEIDER, NULL, 9, &fixture->today, &error);
  g_assert_no_error (error);
  g_assert_true (opl_store_set_form_answer (fixture->store, opleiders, "mh-anamnese", "goed", "", &error));
  opl_store_set_actor (fixture->store, fixture->charlotte);
  own = opl_store_create_form_draft (fixture->store, combel, fixture->traject, fixture->charlotte,
                                     OPL_FORM_ROLE_AIOS, NULL, 9, &fixture->today, &error);
  g_assert_no_error (error);

  /* Her own is a draft: she sees that the opleider's exists, not what it says. */
  seen = load_as (fixture, opleiders, fixture->charlotte);
  g_assert_true (opl_form_is_redacted (seen));
  g_assert_null (opl_form_get_value (seen, "mh-anamnese"));
  g_clear_object (&seen);
  /* The opleider still sees their own. */
  seen = load_as (fixture, opleiders, fixture->anna);
  g_assert_cmpstr (opl_form_get_value (seen, "mh-anamnese"), ==, "goed");
  g_clear_object (&seen);

  /* Filled, signed off, but not shared: still blind. */
  fill_required (fixture, own);
  g_assert_true (opl_store_finalize_form (fixture->store, own, fixture->charlotte, &day, &error));
  g_assert_no_error (error);
  seen = load_as (fixture, opleiders, fixture->charlotte);
  g_assert_true (opl_form_is_redacted (seen));
  g_clear_object (&seen);

  /* Shared: now she sees it. */
  g_assert_true (opl_store_share_form (fixture->store, own, fixture->charlotte, &error));
  seen = load_as (fixture, opleiders, fixture->charlotte);
  g_assert_false (opl_form_is_redacted (seen));
  g_assert_cmpstr (opl_form_get_value (seen, "mh-anamnese"), ==, "goed");
}

/* A new practice file and its sidecars are its owner's alone. */
static void
test_file_mode (void)
{
  g_autofree char *path = opl_test_db_path ("mode.db");
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  if (g_stat (wal, &st) == 0)
    g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_assert_true (opl_seal_init ());

#define ADD(path, func) g_test_add ("/opl/privacy/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("passphrase", test_passphrase);
  ADD ("sealed-draft", test_sealed_draft);
  ADD ("sealed-changed-elsewhere", test_sealed_changed_elsewhere);
  ADD ("seal-existing", test_seal_existing);
  ADD ("forgotten", test_forgotten);
  ADD ("blind-self-assessment", test_blind_self_assessment);
#undef ADD
  g_test_add_func ("/opl/privacy/file-mode", test_file_mode);

  return g_test_run ();
}
