/* test-export-pdf.c: the PDFs of an export bundle, read back with poppler.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: issue 7 ('one PDF per form and overview (A4, made with cairo and pango:
 * readable, with the practice, people, dates, every item and answer, page numbers)';
 * 'choose what goes in (the first PDF page lists it)'; 'the PDF's text checked with
 * poppler (pdftotext)'), design.md §7 ('an export contains only what the user
 * selected, and says so on its first page'; an aios's LEOh and ComBel
 * self-assessment are private until shared), issue 5 ('a filled form keeps the id and
 * version it was filled against').
 *
 * The demo practice (opl-demo-forms.c): Charlotte Bakker (fase I) has her ComBel of
 * month 3 by herself and by Anna de Vries, both discussed, and a private draft of her
 * self-assessment of month 6.
 */

#include "config.h"

#include <string.h>

#include "opl-export-pdf.h"
#include "opl-store-export.h"
#include "opl-test-utils.h"

typedef struct
{
  char            *dir;
  OplStore        *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *db = opl_test_db_path ("export-pdf.db");

  g_setenv ("OPL_TODAY", "2026-11-22", TRUE);
  fixture->store = opl_test_demo_store (db);
  fixture->dir = g_build_filename (g_get_user_cache_dir (), "pdf", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->dir, g_free);
}

static OplExportBundle *
export_aios (Fixture           *fixture,
             const char        *aios,
             const char        *viewer,
             OplExportSections  sections)
{
  OplExportSelection selection = OPL_EXPORT_SELECTION_INIT;
  g_autoptr(GError) error = NULL;
  OplExportBundle *bundle;

  selection.scope = OPL_EXPORT_SCOPE_AIOS;
  selection.aios_id = opl_person_get_id (opl_test_find_person (fixture->store, aios));
  selection.viewer_id = opl_person_get_id (opl_test_find_person (fixture->store, viewer));
  selection.sections = sections;
  bundle = opl_store_export_bundle (fixture->store, &selection, &error);
  g_assert_no_error (error);
  return bundle;
}

/* Writes the PDFs into a fresh folder; $OPL_TEST_PDF_DIR keeps them for a look. */
static char *
write_all (Fixture         *fixture,
           OplExportBundle *bundle,
           const char      *name)
{
  const char *keep = g_getenv ("OPL_TEST_PDF_DIR");
  g_autofree char *dir = g_build_filename (keep != NULL ? keep : fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (opl_export_pdf_write_all (bundle, dir, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&dir);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

static GPtrArray *
list_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return names;
}

static char *
pdf_text (const char *dir,
          const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);

  return opl_test_pdf_text (path);
}

static void
assert_contains (const char *flat,
                 const char *expected)
{
  g_autofree char *needle = opl_test_flatten (expected);

  if (strstr (flat, needle) == NULL)
    g_error ("“%s” is not in the PDF", expected);
}

static const char *
find_file (GPtrArray  *files,
           const char *prefix_after_number)
{
  for (guint i = 0; i < files->len; i++)
    {
      const char *name = g_ptr_array_index (files, i);

      /* "NN-" then the stem. */
      if (strlen (name) > 3 && g_str_has_prefix (name + 3, prefix_after_number))
        return name;
    }

  return NULL;
}

/* Issue 7 and design.md §7: the first document lists what the export contains and
 * says that it contains only what the user selected; every file it names exists. */
static void
test_contents_lists_the_selection (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(OplExportBundle) bundle = export_aios (fixture, "Charlotte Bakker", "Anna de Vries",
                                                   OPL_EXPORT_SECTION_MOMENTS | OPL_EXPORT_SECTION_FORMS |
                                                   OPL_EXPORT_SECTION_KPB);
  g_autofree char *dir = write_all (fixture, bundle, "selection");
  g_autoptr(GPtrArray) files = list_files (dir);
  g_autofree char *text = pdf_text (dir, OPL_EXPORT_PDF_CONTENTS_NAME);
  g_autofree char *flat = opl_test_flatten (text);

  g_assert_cmpstr (g_ptr_array_index (files, 0), ==, OPL_EXPORT_PDF_CONTENTS_NAME);
  assert_contains (flat, "Export for the Institute");
  assert_contains (flat, "Huisartsenpraktijk De Linde");
  assert_contains (flat, "This export contains only what Anna de Vries selected for it");
  assert_contains (flat, "The trajecten of Charlotte Bakker");
  assert_contains (flat, "Exported on 22 November 2026");

  /* Chosen and not chosen, each said. */
  assert_contains (flat, "Due moments yes");
  assert_contains (flat, "Forms yes");
  assert_contains (flat, "KPB and KVB yes");
  assert_contains (flat, "Leergesprekken no, not included");
  assert_contains (flat, "Diensten no, not included");
  assert_contains (flat, "Checklist ticks no, not included");

  /* Every other file is listed on it, and nothing that was not chosen was made. */
  for (guint i = 1; i < files->len; i++)
    assert_contains (flat, g_ptr_array_index (files, i));
  g_assert_null (find_file (files, "leergesprekken-"));
  g_assert_null (find_file (files, "diensten-"));
  g_assert_nonnull (find_file (files, "traject-charlotte-bakker-fase-1"));
  g_assert_nonnull (find_file (files, "kpb-kvb-charlotte-bakker"));

  /* design.md §7: Charlotte's private draft is not in Anna's export, and it says so. */
  g_assert_cmpuint (opl_export_bundle_get_n_omitted_private (bundle), >=, 1);
  assert_contains (flat, "private form");
  assert_contains (flat, "is not included");
  g_assert_null (find_file (files, "combel-m6-aios"));

  /* Page numbers. */
  assert_contains (flat, "Page 1 of");

  /* The PDF's own metadata: its title, and the export's time as its creation date
   * (OPL_TODAY makes that noon UTC of that day). */
  {
    g_autofree char *path = g_build_filename (dir, OPL_EXPORT_PDF_CONTENTS_NAME, NULL);
    const char *argv[] = { "pdfinfo", path, NULL };
    g_autoptr(GError) error = NULL;
    g_autofree char *info = NULL;
    int status = 0;

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                  &info, NULL, &status, &error);
    g_assert_no_error (error);
    g_assert_nonnull (strstr (info, "Title:           Export for the Institute"));
    g_assert_nonnull (strstr (info, "Nov 22 12:00:00 2026"));
    g_assert_nonnull (strstr (info, "(A4)"));
  }
}

static const char *
answer_label (const OplFormItem *item,
              const char        *value)
{
  const OplFormScaleOption *option = item->scale != NULL ? opl_form_scale_lookup_option (item->scale, value) : NULL;

  return option != NULL ? option->label : value;
}

/* Checks that the form's PDF holds every item its author fills, in the text of the
 * definition version it was filled against, and every answer and note. */
static void
assert_form_complete (OplExportBundle *bundle,
                      JsonObject      *form,
                      const char      *flat)
{
  OplFormDefinition *definition =
    opl_export_bundle_get_form_definition (bundle, opl_export_record_get_string (form, "definition_id"),
                                           (int) opl_export_record_get_int (form, "definition_version", 0));
  JsonArray *answers = opl_export_record_get_array (form, "answers");
  OplFormRole role;
  guint n_items = 0;

  g_assert_nonnull (definition);
  g_assert_true (opl_form_role_from_string (opl_export_record_get_string (form, "author_role"), &role));
  assert_contains (flat, opl_form_definition_get_title (definition));

  for (guint s = 0; s < opl_form_definition_get_n_sections (definition); s++)
    {
      const OplFormSection *section = opl_form_definition_get_section (definition, s);

      if (!opl_form_section_applies_to (section, role))
        continue;
      assert_contains (flat, section->title);
      for (guint i = 0; i < section->n_items; i++)
        {
          assert_contains (flat, section->items[i].text);
          n_items++;
        }
    }
  g_assert_cmpuint (n_items, >, 10);

  g_assert_cmpuint (json_array_get_length (answers), >, 10);
  for (guint a = 0; a < json_array_get_length (answers); a++)
    {
      JsonObject *answer = json_array_get_object_element (answers, a);
      const OplFormItem *item = opl_form_definition_lookup_item (definition,
                                                                 opl_export_record_get_string (answer, "item_id"), NULL);
      const char *value = opl_export_record_get_string (answer, "value");
      const char *note = opl_export_record_get_string (answer, "note");
      g_autofree char *row = NULL;

      g_assert_nonnull (item);
      if (value == NULL)
        continue;
      /* The answer in the item's own row: its text, then its answer. */
      row = g_strconcat (item->text, answer_label (item, value), NULL);
      assert_contains (flat, row);
      if (note != NULL && *note != '\0')
        assert_contains (flat, note);
    }
}

/* Issue 7: every item and answer of a ComBel appears, with the practice, the people
 * and the dates; issue 5: in the text of the definition version it was filled against. */
static void
test_combel_every_item_and_answer (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(OplExportBundle) bundle = export_aios (fixture, "Charlotte Bakker", "Anna de Vries",
                                                   OPL_EXPORT_SECTIONS_ALL);
  g_autofree char *dir = write_all (fixture, bundle, "combel");
  g_autoptr(GPtrArray) files = list_files (dir);
  JsonArray *forms = opl_export_bundle_get_section (bundle, OPL_EXPORT_FORMS);
  guint n_combel = 0;

  for (guint f = 0; f < json_array_get_length (forms); f++)
    {
      JsonObject *form = json_array_get_object_element (forms, f);
      const char *role = opl_export_record_get_string (form, "author_role");
      g_autofree char *stem = NULL;
      g_autofree char *text = NULL;
      g_autofree char *flat = NULL;
      const char *file;

      if (g_strcmp0 (opl_export_record_get_string (form, "kind"), "combel") != 0 ||
          opl_export_record_get_int (form, "moment_month", 0) != 3)
        continue;

      stem = g_strdup_printf ("combel-m3-%s-", role);
      file = find_file (files, stem);
      g_assert_nonnull (file);
      text = pdf_text (dir, file);
      flat = opl_test_flatten (text);

      assert_form_complete (bundle, form, flat);
      assert_contains (flat, "Huisartsenpraktijk De Linde");
      assert_contains (flat, "Charlotte Bakker");
      assert_contains (flat, g_strcmp0 (role, "aios") == 0 ? "Charlotte Bakker (aios)" : "Anna de Vries (opleider)");
      assert_contains (flat, "Month 3 of the training year");
      assert_contains (flat, "combel, version 1");
      assert_contains (flat, "Discussed on");
      assert_contains (flat, "Part of an export of 22 November 2026 that contains only what Anna de Vries selected");
      assert_contains (flat, "Page 1 of");
      n_combel++;
    }

  /* The aios's self-assessment and Anna's assessment. */
  g_assert_cmpuint (n_combel, ==, 2);
}

/* design.md §7: the aios's own export holds her private draft; it is hers to export. */
static void
test_private_draft_in_own_export (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(OplExportBundle) bundle = export_aios (fixture, "Charlotte Bakker", "Charlotte Bakker",
                                                   OPL_EXPORT_SECTION_FORMS);
  g_autofree char *dir = write_all (fixture, bundle, "own");
  g_autoptr(GPtrArray) files = list_files (dir);
  const char *draft = find_file (files, "combel-m6-aios-charlotte-bakker");
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *contents = pdf_text (dir, OPL_EXPORT_PDF_CONTENTS_NAME);
  g_autofree char *contents_flat = opl_test_flatten (contents);
  g_autofree char *omitted = opl_test_flatten ("is not included");

  g_assert_cmpuint (opl_export_bundle_get_n_omitted_private (bundle), ==, 0);
  g_assert_null (strstr (contents_flat, omitted));
  g_assert_nonnull (draft);
  text = pdf_text (dir, draft);
  flat = opl_test_flatten (text);
  assert_contains (flat, "Draft: not signed off");
  assert_contains (flat, "not answered");
}

/* The overviews: the traject's due moments with their state, the leergesprekken with
 * their texts, KPB/KVB and diensten, each with the people and dates. */
static void
test_overviews (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(OplExportBundle) bundle = export_aios (fixture, "Charlotte Bakker", "Anna de Vries",
                                                   OPL_EXPORT_SECTIONS_ALL);
  g_autofree char *dir = write_all (fixture, bundle, "overviews");
  g_autoptr(GPtrArray) files = list_files (dir);
  g_autofree char *traject = pdf_text (dir, find_file (files, "traject-charlotte-bakker"));
  g_autofree char *traject_flat = opl_test_flatten (traject);
  JsonArray *moments = opl_export_bundle_get_section (bundle, OPL_EXPORT_MOMENTS);
  JsonArray *entries = opl_export_bundle_get_section (bundle, OPL_EXPORT_KPB_ENTRIES);
  JsonArray *diensten = opl_export_bundle_get_section (bundle, OPL_EXPORT_DIENSTEN);
  const char *kpb_file = find_file (files, "kpb-kvb-charlotte-bakker");
  const char *diensten_file = find_file (files, "diensten-charlotte-bakker");
  const char *leergesprekken_file = find_file (files, "leergesprekken-charlotte-bakker");
  g_autofree char *kpb = NULL;
  g_autofree char *kpb_flat = NULL;
  g_autofree char *dienst_text = NULL;
  g_autofree char *dienst_flat = NULL;
  g_autofree char *leergesprekken = NULL;
  g_autofree char *leergesprekken_flat = NULL;

  assert_contains (traject_flat, "Traject of Charlotte Bakker");
  assert_contains (traject_flat, "Anna de Vries (Hoofdopleider, share");
  assert_contains (traject_flat, "Due Moments");
  g_assert_cmpuint (json_array_get_length (moments), >, 5);
  assert_contains (traject_flat, "ComBel 3");
  assert_contains (traject_flat, "Voortgangsgesprek 4");

  g_assert_nonnull (kpb_file);
  kpb = pdf_text (dir, kpb_file);
  kpb_flat = opl_test_flatten (kpb);
  for (guint i = 0; i < json_array_get_length (entries); i++)
    assert_contains (kpb_flat, opl_export_record_get_string (json_array_get_object_element (entries, i), "topic"));

  g_assert_nonnull (diensten_file);
  dienst_text = pdf_text (dir, diensten_file);
  dienst_flat = opl_test_flatten (dienst_text);
  {
    g_autofree char *count = NULL;
    guint n_counted = 0;

    /* Seed 001 (001_0274be3d365a3933.txt): "Een aios moet minimaal 20 diensten per jaar
     * doen met de opleider (of met de vervangend opleider op dezelfde post)." */
    for (guint i = 0; i < json_array_get_length (diensten); i++)
      {
        JsonObject *record = json_array_get_object_element (diensten, i);
        OplDienst counted = {
          .with_person_id = (char *) opl_export_record_get_string (record, "with_person_id"),
          .with_name = (char *) opl_export_record_get_string (record, "with_name"),
          .at_distance = opl_export_record_get_boolean (record, "at_distance"),
        };

        n_counted += opl_dienst_counts_towards_year (&counted);
      }
    count = g_strdup_printf ("%u (at least 20 a year)", n_counted);
    assert_contains (dienst_flat, count);
  }

  g_assert_nonnull (leergesprekken_file);
  leergesprekken = pdf_text (dir, leergesprekken_file);
  leergesprekken_flat = opl_test_flatten (leergesprekken);
  assert_contains (leergesprekken_flat, "Leergesprekken of Charlotte Bakker");
  assert_contains (leergesprekken_flat, "held,");
}

/* Issue 7: a bundle per opleider and opleidingsjaar for scholing; every registered day
 * of the year in its PDF, under its opleidingsjaar. */
static void
test_scholing (Fixture       *fixture,
               gconstpointer  data)
{
  OplExportSelection selection = OPL_EXPORT_SELECTION_INIT;
  g_autoptr(OplExportBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(GPtrArray) files = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *contents_flat = NULL;
  JsonArray *days;
  const char *file;

  selection.scope = OPL_EXPORT_SCOPE_OPLEIDER;
  selection.opleider_id = opl_person_get_id (opl_test_find_person (fixture->store, "Anna de Vries"));
  selection.viewer_id = selection.opleider_id;
  selection.year = 2025;
  selection.sections = OPL_EXPORT_SECTION_SCHOLING;
  bundle = opl_store_export_bundle (fixture->store, &selection, &error);
  g_assert_no_error (error);

  dir = write_all (fixture, bundle, "scholing");
  files = list_files (dir);
  file = find_file (files, "scholing-anna-de-vries");
  g_assert_nonnull (file);
  text = pdf_text (dir, file);
  flat = opl_test_flatten (text);
  assert_contains (flat, "Scholing of Anna de Vries");
  assert_contains (flat, "Opleidingsjaar 2025–2026 (1 September 2025 – 31 August 2026)");

  days = opl_export_bundle_get_section (bundle, OPL_EXPORT_SCHOLING);
  g_assert_cmpuint (json_array_get_length (days), >, 3);
  for (guint i = 0; i < json_array_get_length (days); i++)
    {
      JsonObject *day = json_array_get_object_element (days, i);
      GDate date;
      g_autoptr(GDateTime) when = NULL;
      g_autofree char *words = NULL;

      g_assert_true (opl_export_record_get_date (day, "date", &date));
      g_assert_cmpint (opl_export_year_of_date (&date), ==, 2025);
      when = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date), 12, 0, 0);
      words = g_date_time_format (when, "%-d %B %Y");
      assert_contains (flat, words);
    }

  contents = pdf_text (dir, OPL_EXPORT_PDF_CONTENTS_NAME);
  contents_flat = opl_test_flatten (contents);
  assert_contains (contents_flat, "The scholing of Anna de Vries");
  assert_contains (contents_flat, "Scholing yes");
  assert_contains (contents_flat, "Checklist ticks no, not included");
  /* An opleider's scholing bundle lists only what such a bundle can hold. */
  g_assert_null (strstr (contents_flat, "Formsno,notincluded"));
}

/* A folder that cannot be written to is an error, not a crash. */
static void
test_write_error (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(OplExportBundle) bundle = export_aios (fixture, "Charlotte Bakker", "Anna de Vries",
                                                   OPL_EXPORT_SECTION_FORMS);
  g_autofree char *dir = g_build_filename (fixture->dir, "missing", "folder", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (opl_export_pdf_write_all (bundle, dir, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* opl_export_pdf_write_all () lays out and writes the parts on worker threads (issue
 * 19): the same files, byte for byte, as opl_export_pdf_build () written in turn on
 * this thread, for a whole practice with its scholing. */
static void
test_threads_write_the_same (Fixture       *fixture,
                             gconstpointer  data)
{
  OplExportSelection selection = OPL_EXPORT_SELECTION_INIT;
  g_autoptr(OplExportBundle) bundle = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *threaded = NULL;
  g_autofree char *serial = g_build_filename (fixture->dir, "serial", NULL);

  selection.scope = OPL_EXPORT_SCOPE_PRACTICE;
  selection.viewer_id = opl_person_get_id (opl_test_find_person (fixture->store, "Anna de Vries"));
  bundle = opl_store_export_bundle (fixture->store, &selection, &error);
  g_assert_no_error (error);
  threaded = write_all (fixture, bundle, "threaded");

  g_assert_cmpint (g_mkdir_with_parents (serial, 0700), ==, 0);
  documents = opl_export_pdf_build (bundle, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < documents->len; i++)
    {
      OplPdfDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *path = g_build_filename (serial, opl_pdf_document_get_file_name (document), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_true (opl_pdf_document_write_file (document, file, NULL, &error));
      g_assert_no_error (error);
    }

  names = list_files (serial);
  g_assert_cmpuint (names->len, ==, documents->len);
  g_assert_cmpuint (names->len, >, 3);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *a_path = g_build_filename (threaded, g_ptr_array_index (names, i), NULL);
      g_autofree char *b_path = g_build_filename (serial, g_ptr_array_index (names, i), NULL);
      g_autofree char *a = NULL;
      g_autofree char *b = NULL;
      gsize a_len, b_len;

      g_assert_true (g_file_get_contents (a_path, &a, &a_len, NULL));
      g_assert_true (g_file_get_contents (b_path, &b, &b_len, NULL));
      g_assert_cmpmem (a, a_len, b, b_len);
    }
  g_clear_pointer (&names, g_ptr_array_unref);
  names = list_files (threaded);
  g_assert_cmpuint (names->len, ==, documents->len);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add ("/opl/export-pdf/contents-lists-the-selection", Fixture, NULL,
              fixture_set_up, test_contents_lists_the_selection, fixture_tear_down);
  g_test_add ("/opl/export-pdf/combel-every-item-and-answer", Fixture, NULL,
              fixture_set_up, test_combel_every_item_and_answer, fixture_tear_down);
  g_test_add ("/opl/export-pdf/private-draft-in-own-export", Fixture, NULL,
              fixture_set_up, test_private_draft_in_own_export, fixture_tear_down);
  g_test_add ("/opl/export-pdf/overviews", Fixture, NULL,
              fixture_set_up, test_overviews, fixture_tear_down);
  g_test_add ("/opl/export-pdf/scholing", Fixture, NULL,
              fixture_set_up, test_scholing, fixture_tear_down);
  g_test_add ("/opl/export-pdf/threads-write-the-same", Fixture, NULL,
              fixture_set_up, test_threads_write_the_same, fixture_tear_down);
  g_test_add ("/opl/export-pdf/write-error", Fixture, NULL,
              fixture_set_up, test_write_error, fixture_tear_down);

  return g_test_run ();
}
