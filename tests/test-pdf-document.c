/* test-pdf-document.c: the layout of the export's PDFs, read back with poppler.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: issue 7 ('one PDF per form and overview (A4, made with cairo and pango:
 * readable, ... page numbers)'; 'the PDF's text checked with poppler (pdftotext)'),
 * and the brief of the PDF work: wrapped text never runs off the page, tables break
 * across pages with their header repeated, 'page x of y' on every page.
 *
 * pdftotext and its -bbox output come from poppler-utils (build-aux/opl-dev installs
 * it); the tests fail when it is missing, they never skip.
 */

#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "opl-pdf-document.h"

/* The printable area the document keeps to (opl-pdf-document.c), with a little slack
 * for glyph overhangs. */
#define LEFT_EDGE    (56.7 - 1.0)
#define RIGHT_EDGE   (OPL_PDF_PAGE_WIDTH - 56.7 + 1.0)

/* Where the PDFs go: the test's own cache folder, or $OPL_TEST_PDF_DIR to keep them
 * for a look (pdftoppm -png renders their pages). */
static char *
output_dir (void)
{
  const char *keep = g_getenv ("OPL_TEST_PDF_DIR");
  char *dir = g_strdup (keep != NULL ? keep : g_get_user_cache_dir ());

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  return dir;
}

static char *
write_pdf (OplPdfDocument *document,
           const char     *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = output_dir ();
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  GStatBuf buf;

  g_assert_true (opl_pdf_document_write_file (document, file, NULL, &error));
  g_assert_no_error (error);
  /* Issue 15: an exported PDF is for its owner only, like the practice file. */
  g_assert_cmpint (g_stat (path, &buf), ==, 0);
  g_assert_cmpuint (buf.st_mode & 0777, ==, 0600);
  return g_steal_pointer (&path);
}

/* The text of the PDF, pages separated by form feeds, as pdftotext reads it. */
static char *
pdf_text (const char *path,
          const char *mode)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", mode, path, "-", NULL };
  int status = 0;

  if (mode == NULL)
    {
      argv[3] = path;
      argv[4] = "-";
      argv[5] = NULL;
    }

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

static guint
count_pages (const char *text)
{
  g_auto(GStrv) pages = g_strsplit (text, "\f", -1);

  /* pdftotext ends every page with a form feed. */
  return g_strv_length (pages) - 1;
}

static OplPdfDocument *
create_document (void)
{
  OplPdfDocument *document = opl_pdf_document_new ("Testdocument");

  opl_pdf_document_set_header (document, "Huisartsenpraktijk De Linde", "Testdocument");
  opl_pdf_document_set_footer (document, "Exported on 22 November 2026");
  return document;
}

/* Issue 7: page numbers; the brief: 'page x of y' and a header on every page, a table
 * broken across pages with its header row repeated on each. */
static void
test_table_across_pages (void)
{
  const char *headers[] = { "Datum", "Onderwerp", "Score" };
  g_autoptr(OplPdfDocument) document = create_document ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_pages;

  opl_pdf_document_add_title (document, "KPB en KVB", "Fase I");
  opl_pdf_document_add_fact (document, "Aios", "Charlotte Bakker");
  opl_pdf_document_begin_table (document, 3, headers, NULL);
  for (guint i = 1; i <= 150; i++)
    {
      g_autofree char *day = g_strdup_printf ("dag %u", i);
      g_autofree char *topic = g_strdup_printf ("Onderwerp nummer %u", i);
      const char *cells[] = { day, topic, "voldoende" };

      opl_pdf_document_add_row (document, cells);
    }
  opl_pdf_document_end_table (document);

  n_pages = opl_pdf_document_paginate (document);
  g_assert_cmpuint (n_pages, >=, 3);

  path = write_pdf (document, "table.pdf");
  text = pdf_text (path, "-layout");
  g_assert_cmpuint (count_pages (text), ==, n_pages);

  pages = g_strsplit (text, "\f", -1);
  for (guint p = 0; p < n_pages; p++)
    {
      g_autofree char *label = g_strdup_printf ("Page %u of %u", p + 1, n_pages);

      g_assert_nonnull (strstr (pages[p], label));
      g_assert_nonnull (strstr (pages[p], "Huisartsenpraktijk De Linde"));
      g_assert_nonnull (strstr (pages[p], "Exported on 22 November 2026"));
      /* The table runs over every page: each starts with its header row. */
      g_assert_nonnull (strstr (pages[p], "Datum"));
      g_assert_nonnull (strstr (pages[p], "Onderwerp  "));
    }

  /* Every row is there, once, in order. */
  {
    const char *cursor = text;

    for (guint i = 1; i <= 150; i++)
      {
        g_autofree char *topic = g_strdup_printf ("Onderwerp nummer %u ", i);
        const char *found = strstr (cursor, topic);

        g_assert_nonnull (found);
        cursor = found + strlen (topic);
      }
  }
}

/* The brief: wrapped text never runs off the page, not even a word longer than a line
 * (a URL, a code), in running text and in a narrow table cell. */
static void
test_nothing_runs_off_the_page (void)
{
  const char *headers[] = { "Item", "Antwoord", "Toelichting" };
  const double widths[] = { 0.5, 0.2, 0.3 };
  g_autoptr(OplPdfDocument) document = create_document ();
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GString) story = g_string_new (NULL);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *path = NULL;
  g_autofree char *bbox = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  guint n_words = 0;

  for (guint i = 0; i < 60; i++)
    g_string_append (word, "Heel");
  for (guint i = 0; i < 400; i++)
    g_string_append (story, "De aios bereidde het leergesprek goed voor en bracht eigen casuïstiek in. ");

  opl_pdf_document_add_title (document, word->str, word->str);
  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_BODY, word->str);
  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_NOTICE, story->str);
  opl_pdf_document_add_fact (document, word->str, word->str);
  opl_pdf_document_begin_table (document, 3, headers, widths);
  {
    const char *cells[] = { story->str, word->str, word->str };

    opl_pdf_document_add_row (document, cells);
  }
  opl_pdf_document_end_table (document);

  path = write_pdf (document, "wrap.pdf");
  bbox = pdf_text (path, "-bbox");

  regex = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">",
                       0, 0, NULL);
  g_regex_match (regex, bbox, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *x_min = g_match_info_fetch (match, 1);
      g_autofree char *y_min = g_match_info_fetch (match, 2);
      g_autofree char *x_max = g_match_info_fetch (match, 3);
      g_autofree char *y_max = g_match_info_fetch (match, 4);

      g_assert_cmpfloat (g_ascii_strtod (x_min, NULL), >=, LEFT_EDGE);
      g_assert_cmpfloat (g_ascii_strtod (x_max, NULL), <=, RIGHT_EDGE);
      g_assert_cmpfloat (g_ascii_strtod (y_min, NULL), >=, 0.0);
      g_assert_cmpfloat (g_ascii_strtod (y_max, NULL), <=, OPL_PDF_PAGE_HEIGHT - 30.0);
      n_words++;
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (n_words, >, 1000);

  /* Broken over lines, with no hyphen added: the word is whole once the breaks go. */
  text = pdf_text (path, "-raw");
  flat = collapse_spaces (text);
  g_assert_nonnull (strstr (flat, word->str));
  g_assert_null (strstr (flat, "Heel-"));
}

/* The brief: a table row taller than a page is split between its lines and goes on
 * under the repeated header; nothing of it is lost. */
static void
test_row_taller_than_a_page (void)
{
  const char *headers[] = { "Datum", "Notities" };
  const double widths[] = { 0.2, 0.8 };
  g_autoptr(OplPdfDocument) document = create_document ();
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  const char *cursor;
  guint n_pages;

  for (guint i = 1; i <= 200; i++)
    g_string_append_printf (notes, "regel %u\n", i);

  opl_pdf_document_add_title (document, "Leergesprekken", NULL);
  opl_pdf_document_begin_table (document, 2, headers, widths);
  {
    const char *cells[] = { "1 juli 2026", notes->str };

    opl_pdf_document_add_row (document, cells);
  }
  opl_pdf_document_end_table (document);

  n_pages = opl_pdf_document_paginate (document);
  g_assert_cmpuint (n_pages, >=, 4);

  path = write_pdf (document, "tall.pdf");
  text = pdf_text (path, "-raw");
  pages = g_strsplit (text, "\f", -1);
  for (guint p = 0; p < n_pages; p++)
    g_assert_nonnull (strstr (pages[p], "Notities"));

  cursor = text;
  for (guint i = 1; i <= 200; i++)
    {
      g_autofree char *line = g_strdup_printf ("regel %u\n", i);
      const char *found = strstr (cursor, line);

      g_assert_nonnull (found);
      cursor = found + strlen (line);
    }
}

/* Names and notes are data: markup characters in them are shown, not obeyed, and
 * invalid UTF-8 cannot break a document. */
static void
test_text_is_data (void)
{
  const char *headers[] = { "A", "B" };
  g_autoptr(OplPdfDocument) document = create_document ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_BODY, "<b>niet vet</b> & <i>geen</i> opmaak");
  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_BODY, "ongeldig \xff\xfe UTF-8");
  opl_pdf_document_add_paragraph_markup (document, OPL_PDF_STYLE_BODY, "kapotte <b>opmaak");
  opl_pdf_document_begin_table (document, 2, headers, NULL);
  {
    const char *cells[] = { "x < y", NULL };

    opl_pdf_document_add_row (document, cells);
  }

  path = write_pdf (document, "data.pdf");
  text = pdf_text (path, "-raw");
  g_assert_nonnull (strstr (text, "<b>niet vet</b> & <i>geen</i> opmaak"));
  g_assert_nonnull (strstr (text, "ongeldig"));
  g_assert_nonnull (strstr (text, "UTF-8"));
  g_assert_nonnull (strstr (text, "kapotte <b>opmaak"));
  g_assert_nonnull (strstr (text, "x < y"));
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + 1, needle))
    n++;

  return n;
}

/* Issue 19: a text laid out once is shared by what shows the same words in the same
 * style, width and kind (text or markup), and only by that: the same sentence in a
 * narrow cell wraps, and the same characters as markup lose their tags. */
static void
test_same_words_laid_out_for_each_place (void)
{
  static const char sentence[] = "Een zin die op een hele regel past maar niet in een smalle cel";
  const char *wide_headers[] = { "A" };
  const char *wide_cells[] = { sentence };
  const char *headers[] = { "A", "B", "C", "D" };
  const char *cells[] = { sentence, "x", "y", "z" };
  g_autoptr(OplPdfDocument) document = create_document ();
  g_autoptr(OplPdfDocument) second = create_document ();
  g_autofree char *path = NULL;
  g_autofree char *second_path = NULL;
  g_autofree char *text = NULL;
  g_autofree char *second_text = NULL;

  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_BODY, sentence);
  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_BODY, "<b>vet</b> of niet");
  opl_pdf_document_add_paragraph_markup (document, OPL_PDF_STYLE_BODY, "<b>vet</b> of niet");
  opl_pdf_document_begin_table (document, G_N_ELEMENTS (wide_headers), wide_headers, NULL);
  opl_pdf_document_add_row (document, wide_cells);
  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, NULL);
  opl_pdf_document_add_row (document, cells);
  /* A second document of the same thread shares the first one's texts. */
  opl_pdf_document_add_paragraph (second, OPL_PDF_STYLE_BODY, sentence);

  path = write_pdf (document, "same-words.pdf");
  text = pdf_text (path, "-raw");
  /* Whole on one line in the paragraph and the wide table, wrapped in the narrow one. */
  g_assert_cmpuint (count_occurrences (text, sentence), ==, 2);
  g_assert_cmpuint (count_occurrences (text, "<b>vet</b> of niet"), ==, 1);
  g_assert_cmpuint (count_occurrences (text, "vet of niet"), ==, 1);

  second_path = write_pdf (second, "same-words-again.pdf");
  second_text = pdf_text (second_path, "-raw");
  g_assert_cmpuint (count_occurrences (second_text, sentence), ==, 1);
}

/* A heading is never the last thing on a page: it moves to the page of its table. */
static void
test_heading_at_bottom_moves (void)
{
  const char *headers[] = { "Kolom" };
  g_autoptr(OplPdfDocument) document = NULL;
  guint n_lines = 0;

  /* How many paragraphs fill one page exactly? Add until a second page starts. */
  {
    g_autoptr(OplPdfDocument) probe = create_document ();

    while (opl_pdf_document_paginate (probe) == 1)
      {
        opl_pdf_document_add_paragraph (probe, OPL_PDF_STYLE_BODY, "vulregel");
        n_lines++;
      }
  }
  g_assert_cmpuint (n_lines, >, 10);

  /* Two paragraphs fewer than a page: the heading would fit, its table would not. */
  for (guint attempt = 2; attempt <= 4; attempt++)
    {
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;
      g_auto(GStrv) pages = NULL;

      g_clear_object (&document);
      document = create_document ();
      for (guint i = 0; i + attempt < n_lines; i++)
        opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_BODY, "vulregel");
      opl_pdf_document_add_heading (document, "Kopje");
      opl_pdf_document_begin_table (document, 1, headers, NULL);
      {
        const char *cells[] = { "inhoud" };

        opl_pdf_document_add_row (document, cells);
      }
      opl_pdf_document_end_table (document);

      path = write_pdf (document, "heading-bottom.pdf");
      text = pdf_text (path, "-raw");
      pages = g_strsplit (text, "\f", -1);
      for (guint p = 0; pages[p] != NULL; p++)
        if (strstr (pages[p], "Kopje") != NULL)
          g_assert_nonnull (strstr (pages[p], "inhoud"));
    }
}

/* A row's details (a leergesprek's notes) are never parted from it by a page break. */
static void
test_details_stay_with_their_row (void)
{
  const char *headers[] = { "Datum", "Soort", "Status" };
  g_autoptr(OplPdfDocument) document = create_document ();
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_pages;

  opl_pdf_document_add_title (document, "Leergesprekken", NULL);
  opl_pdf_document_begin_table (document, 3, headers, NULL);
  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *day = g_strdup_printf ("rij%u", i);
      g_autofree char *details = g_strdup_printf ("<b>Notities</b> details%u\nnog een regel\nen een derde", i);
      const char *cells[] = { day, "Taakgericht", "Gehouden" };

      opl_pdf_document_add_row (document, cells);
      opl_pdf_document_add_details_row (document, 1, details);
    }
  opl_pdf_document_end_table (document);

  n_pages = opl_pdf_document_paginate (document);
  g_assert_cmpuint (n_pages, >=, 3);
  path = write_pdf (document, "details.pdf");
  text = pdf_text (path, "-raw");
  pages = g_strsplit (text, "\f", -1);

  for (guint i = 1; i <= 60; i++)
    {
      g_autofree char *row = g_strdup_printf ("rij%u ", i);
      g_autofree char *details = g_strdup_printf ("details%u\n", i);
      guint row_page = G_MAXUINT, details_page = G_MAXUINT;

      for (guint p = 0; p < n_pages; p++)
        {
          if (strstr (pages[p], row) != NULL)
            row_page = p;
          if (strstr (pages[p], details) != NULL)
            details_page = p;
        }
      g_assert_cmpuint (row_page, !=, G_MAXUINT);
      g_assert_cmpuint (row_page, ==, details_page);
    }
}

/* A PDF that cannot be written says why, and leaves nothing behind. */
static void
test_write_error (void)
{
  g_autoptr(OplPdfDocument) document = create_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = output_dir ();
  g_autofree char *path = g_build_filename (dir, "no-such-folder", "x.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;

  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_BODY, "tekst");
  g_assert_false (opl_pdf_document_write_file (document, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* In memory, for a zip. */
  g_clear_error (&error);
  bytes = opl_pdf_document_to_bytes (document, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 500);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/opl/pdf-document/table-across-pages", test_table_across_pages);
  g_test_add_func ("/opl/pdf-document/nothing-runs-off-the-page", test_nothing_runs_off_the_page);
  g_test_add_func ("/opl/pdf-document/row-taller-than-a-page", test_row_taller_than_a_page);
  g_test_add_func ("/opl/pdf-document/text-is-data", test_text_is_data);
  g_test_add_func ("/opl/pdf-document/same-words-laid-out-for-each-place", test_same_words_laid_out_for_each_place);
  g_test_add_func ("/opl/pdf-document/heading-at-bottom-moves", test_heading_at_bottom_moves);
  g_test_add_func ("/opl/pdf-document/details-stay-with-their-row", test_details_stay_with_their_row);
  g_test_add_func ("/opl/pdf-document/write-error", test_write_error);

  return g_test_run ();
}
