/* test-gui-export.c: the Export view (issue 7), driven as a person would; what it
 * writes is read back from the disk (pdftotext for the PDFs).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources: issue 7 ('From the app: choose what goes in (the first PDF page lists it),
 * preview, save, print (GtkPrintOperation), or mail to the institute's secretariat
 * address (configurable) with the bundle attached through the desktop's mail
 * client'), design.md §6 ('Mail: opens the user's mail client addressed to the
 * institute's secretariat with the bundle attached (xdg-email --attach)') and §7 ('an
 * export contains only what the user selected, and says so on its first page'; an
 * aios's LEOh and ComBel self-assessment are private until shared).
 *
 * The demo practice on OPL_TODAY=2026-11-22: Anna de Vries (hoofdopleider) trains
 * Charlotte Bakker, whose self-assessment of ComBel month 6 is a private draft.
 *
 * The mail program is a fake xdg-email put first on PATH: it writes its arguments to
 * a file, so the test sees the exact command the app runs.
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "opl-export-mail.h"
#include "opl-export-page-private.h"
#include "opl-gui-test-utils.h"
#include "opl-preferences-window.h"
#include "opl-store-institute.h"
#include "opl-test-utils.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

#define ADDRESS "secretariaat@huisartsopleiding.example"

typedef struct
{
  char          *path;
  char          *dir;
  char          *saved_path;    /* $PATH before a test put a fake xdg-email on it */
  OplStore      *store;
  OplWindow     *window;
  OplWorkspace  *workspace;
  OplExportPage *page;
} Fixture;

static gboolean
is_idle (gpointer data)
{
  OplExportPage *page = data;

  return !opl_export_page_is_busy (page) && !opl_export_page_is_previewing (page);
}

/* Runs the main loop until @done says so; a worker thread's result comes through it. */
static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 end = g_get_monotonic_time () + 90 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
  opl_gui_test_spin ();
}

static void
fixture_open (Fixture    *fixture,
              const char *person)
{
  fixture->saved_path = g_strdup (g_getenv ("PATH"));
  fixture->path = opl_test_db_path ("export.db");
  fixture->store = opl_test_demo_store (fixture->path);
  fixture->dir = g_build_filename (g_get_user_cache_dir (), "exports", NULL);
  g_assert_cmpint (g_mkdir_with_parents (fixture->dir, 0700), ==, 0);

  fixture->window = opl_window_new (NULL, fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 768);
  opl_gui_test_show (GTK_WINDOW (fixture->window));

  opl_window_open_profile (fixture->window, opl_person_get_id (opl_test_find_person (fixture->store, person)));
  fixture->workspace = OPL_WORKSPACE (opl_window_get_page (fixture->window, "workspace"));
  g_assert_nonnull (fixture->workspace);
  opl_workspace_show_view (fixture->workspace, "export");
  g_assert_cmpstr (opl_workspace_get_visible_view (fixture->workspace), ==, "export");
  fixture->page = opl_workspace_get_export_page (fixture->workspace);
  g_assert_nonnull (fixture->page);
  wait_until (is_idle, fixture->page);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture_open (fixture, data != NULL ? data : "Anna de Vries");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  opl_gui_test_destroy_other_windows (NULL);
  g_setenv ("PATH", fixture->saved_path, TRUE);
  g_clear_pointer (&fixture->saved_path, g_free);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->dir, g_free);
}

/* The text without spaces or line breaks: what wraps still reads as one. */
static char *
flat_pdf_text (const char *path)
{
  g_autofree char *text = opl_test_pdf_text (path);

  return opl_test_flatten (text);
}

static void
assert_contains (const char *flat,
                 const char *expected)
{
  GString *needle = g_string_new (NULL);

  for (const char *p = expected; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (needle, *p);

  if (strstr (flat, needle->str) == NULL)
    g_error ("“%s” is not in the PDF", expected);
  g_string_free (needle, TRUE);
}

/* The button that runs @action. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gboolean
has_file_with_prefix (const char *dir,
                      const char *infix)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (strstr (name, infix) != NULL)
      return TRUE;

  return FALSE;
}

/* Issue 7: choose what goes in, save as a folder; the files are there, and the first
 * PDF page lists the selection and says the export holds nothing else (design.md §7). */
static void
test_save_folder (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "bundle", NULL);
  g_autofree char *pdf_dir = g_build_filename (target, "pdf", NULL);
  g_autofree char *contents = g_build_filename (pdf_dir, "00-inhoud.pdf", NULL);
  g_autofree char *json = g_build_filename (target, "export.json", NULL);
  g_autofree char *csv = g_build_filename (target, "csv", NULL);
  g_autofree char *flat = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (target);
  GtkCheckButton *leergesprekken = opl_export_page_get_section_check (fixture->page,
                                                                     OPL_EXPORT_SECTION_LEERGESPREKKEN);

  /* Leave the leergesprekken out: a click on its row's check box. */
  g_assert_true (gtk_check_button_get_active (leergesprekken));
  gtk_widget_activate (GTK_WIDGET (leergesprekken));
  g_assert_false (gtk_check_button_get_active (leergesprekken));
  opl_export_page_set_folder (fixture->page, TRUE);
  wait_until (is_idle, fixture->page);

  opl_export_page_save_to (fixture->page, file);
  /* A worker writes; meanwhile the buttons wait. */
  g_assert_true (opl_export_page_is_busy (fixture->page));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (fixture->page), "export.save")));
  wait_until (is_idle, fixture->page);
  g_assert_true (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (fixture->page), "export.save")));

  g_assert_cmpstr (opl_export_page_get_last_message (fixture->page), ==, "Saved “bundle”");
  g_assert_true (g_file_test (json, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (csv, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (contents, G_FILE_TEST_IS_REGULAR));
  g_assert_true (has_file_with_prefix (pdf_dir, "combel-m3-opleider-anna-de-vries"));
  g_assert_false (has_file_with_prefix (pdf_dir, "leergesprekken"));

  flat = flat_pdf_text (contents);
  assert_contains (flat, "Export for the Institute");
  assert_contains (flat, "This export contains only what Anna de Vries selected for it");
  assert_contains (flat, "The trajecten of Charlotte Bakker");
  assert_contains (flat, "Leergesprekken no, not included");
  assert_contains (flat, "Forms yes");
  /* design.md §7: Charlotte's private draft is not Anna's to export. */
  assert_contains (flat, "1 private form");
  g_assert_false (has_file_with_prefix (pdf_dir, "combel-m6-aios"));
}

/* The default: one zip, readable as a bundle again, with what was chosen. */
static void
test_save_zip (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "bundle.zip", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(OplExportBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;

  gtk_widget_activate (GTK_WIDGET (opl_export_page_get_format_check (fixture->page, OPL_EXPORT_FORMAT_PDF)));
  opl_export_page_save_to (fixture->page, file);
  wait_until (is_idle, fixture->page);

  g_assert_cmpstr (opl_export_page_get_last_message (fixture->page), ==, "Saved “bundle.zip”");
  bundle = opl_export_bundle_new_from_file (target, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_export_bundle_get_scope (bundle), ==, OPL_EXPORT_SCOPE_AIOS);
  g_assert_cmpint (opl_export_bundle_get_sections (bundle) & OPL_EXPORT_SECTION_CHECKLIST, ==, 0);
  g_assert_cmpint (opl_export_bundle_get_sections (bundle) & OPL_EXPORT_SECTION_FORMS, !=, 0);
}

/* Nothing chosen to write: Save and Mail cannot be used; without PDF there is nothing
 * to print. */
static void
test_formats_needed (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *page = GTK_WIDGET (fixture->page);

  g_assert_true (gtk_widget_is_sensitive (find_action_button (page, "export.save")));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (page, "export.print")));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (page, "export.mail")));

  gtk_widget_activate (GTK_WIDGET (opl_export_page_get_format_check (fixture->page, OPL_EXPORT_FORMAT_PDF)));
  opl_gui_test_spin ();
  g_assert_false (gtk_widget_is_sensitive (find_action_button (page, "export.print")));
  g_assert_true (gtk_widget_is_sensitive (find_action_button (page, "export.save")));

  gtk_widget_activate (GTK_WIDGET (opl_export_page_get_format_check (fixture->page, OPL_EXPORT_FORMAT_CSV)));
  gtk_widget_activate (GTK_WIDGET (opl_export_page_get_format_check (fixture->page, OPL_EXPORT_FORMAT_JSON)));
  opl_gui_test_spin ();
  g_assert_false (gtk_widget_is_sensitive (find_action_button (page, "export.save")));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (page, "export.mail")));
}

static gboolean
is_previewed (gpointer data)
{
  return !opl_export_page_is_previewing (data) && opl_export_page_get_preview (data) != NULL;
}

/* Issue 7: a preview of the bundle's own pages, page by page. */
static void
test_preview (Fixture       *fixture,
              gconstpointer  data)
{
  GdkPaintable *first;
  guint n_pages;

  wait_until (is_previewed, fixture->page);
  first = opl_export_page_get_preview (fixture->page);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (first), >, 400);
  g_assert_cmpfloat_with_epsilon (gdk_paintable_get_intrinsic_aspect_ratio (first), 595.276 / 841.890, 0.01);
  n_pages = opl_export_page_get_preview_n_pages (fixture->page);
  g_assert_cmpuint (n_pages, >, 5);
  g_assert_cmpuint (opl_export_page_get_preview_page (fixture->page), ==, 0);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "export.next-page", NULL);
  wait_until (is_previewed, fixture->page);
  g_assert_cmpuint (opl_export_page_get_preview_page (fixture->page), ==, 1);
  g_assert_true (opl_export_page_get_preview (fixture->page) != first);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "export.previous-page", NULL);
  wait_until (is_previewed, fixture->page);
  g_assert_cmpuint (opl_export_page_get_preview_page (fixture->page), ==, 0);

  /* A change of what goes in makes a new preview, from its first page. */
  gtk_widget_activate (GTK_WIDGET (opl_export_page_get_section_check (fixture->page, OPL_EXPORT_SECTION_FORMS)));
  wait_until (is_previewed, fixture->page);
  g_assert_cmpuint (opl_export_page_get_preview_n_pages (fixture->page), <, n_pages);
}

/* Issue 7: Print draws the same pages through GtkPrintOperation; here into a PDF file
 * instead of onto a printer. */
static void
test_print (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *flat = NULL;
  g_auto(GStrv) pages = NULL;

  wait_until (is_previewed, fixture->page);
  g_assert_true (opl_export_page_print_to_file (fixture->page, path, &error));
  g_assert_no_error (error);

  text = opl_test_pdf_text (path);
  pages = g_strsplit (text, "\f", -1);
  /* pdftotext ends every page with a form feed. */
  g_assert_cmpuint (g_strv_length (pages) - 1, ==, opl_export_page_get_preview_n_pages (fixture->page));
  flat = flat_pdf_text (path);
  /* The contents come first. */
  g_assert_nonnull (strstr (pages[0], "Export for the Institute"));
  assert_contains (flat, "This export contains only what Anna de Vries selected for it");
  assert_contains (flat, "Medisch handelen");
  assert_contains (flat, "Page 1 of 1");
}

/* A fake xdg-email first on PATH: it writes its arguments, one per line, to @log and
 * ends with @status. */
static void
install_fake_mail (const char *log,
                   int         status)
{
  g_autofree char *bin = g_build_filename (g_get_user_cache_dir (), "bin", NULL);
  g_autofree char *script = g_build_filename (bin, "xdg-email", NULL);
  g_autofree char *contents = g_strdup_printf ("#!/bin/sh\nprintf '%%s\\n' \"$@\" > '%s'\nexit %d\n", log, status);
  g_autofree char *path = g_strdup_printf ("%s:%s", bin, g_getenv ("PATH"));

  g_assert_cmpint (g_mkdir_with_parents (bin, 0700), ==, 0);
  opl_test_write_file (script, contents, -1);
  g_assert_cmpint (g_chmod (script, 0755), ==, 0);
  g_setenv ("PATH", path, TRUE);
}

static void
set_address (const char *address)
{
  g_autoptr(GSettings) settings = opl_export_mail_create_settings ();

  g_assert_nonnull (settings);
  g_settings_set_string (settings, OPL_EXPORT_MAIL_ADDRESS_KEY, address);
}

/* Issue 7, design.md §6: the mail program opens on a new mail to the secretariat with
 * the bundle attached: xdg-email --attach, with the address from the preferences. */
static void
test_mail (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *log = g_build_filename (g_get_user_cache_dir (), "xdg-email.log", NULL);
  g_autofree char *arguments = NULL;
  g_autoptr(OplExportBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *attach = NULL;
  const char *attachment;

  install_fake_mail (log, 0);
  set_address (ADDRESS);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "export.mail", NULL);
  g_assert_true (opl_export_page_is_busy (fixture->page));
  wait_until (is_idle, fixture->page);

  attachment = opl_export_page_get_mail_file (fixture->page);
  g_assert_nonnull (attachment);
  g_assert_true (g_str_has_suffix (attachment, "/export-charlotte-bakker-2026-11-22.zip"));
  g_assert_true (g_file_get_contents (log, &arguments, NULL, NULL));
  lines = g_strsplit (arguments, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "--utf8");
  g_assert_cmpstr (lines[1], ==, "--subject");
  g_assert_cmpstr (lines[2], ==, "Export for the institute: Charlotte Bakker");
  g_assert_cmpstr (lines[3], ==, "--body");
  g_assert_cmpstr (lines[4], ==, "Dear secretariat,");
  g_assert_true (strstr (arguments, "00-inhoud.pdf lists its contents") != NULL);
  g_assert_true (strstr (arguments, "\nAnna de Vries\n--attach\n") != NULL);
  attach = g_strconcat ("--attach\n", attachment, "\n" ADDRESS "\n", NULL);
  g_assert_true (g_str_has_suffix (arguments, attach));

  /* The attachment is the bundle as chosen. */
  bundle = opl_export_bundle_new_from_file (attachment, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_export_bundle_get_scope (bundle), ==, OPL_EXPORT_SCOPE_AIOS);
  g_assert_cmpstr (opl_export_page_get_last_message (fixture->page), ==,
                   "A mail to " ADDRESS " with the bundle is ready in your mail program");
  g_assert_null (opl_export_page_get_dialog (fixture->page));
}

/* No mail program (xdg-email says so, status 3): a clear message with where the bundle
 * is and to whom it should go. */
static void
test_mail_without_client (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *log = g_build_filename (g_get_user_cache_dir (), "xdg-email.log", NULL);
  const char *message;

  install_fake_mail (log, 3);
  set_address (ADDRESS);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "export.mail", NULL);
  wait_until (is_idle, fixture->page);

  g_assert_nonnull (opl_export_page_get_dialog (fixture->page));
  message = opl_export_page_get_last_message (fixture->page);
  g_assert_nonnull (strstr (message, "No mail program was found"));
  g_assert_nonnull (strstr (message, opl_export_page_get_mail_file (fixture->page)));
  g_assert_nonnull (strstr (message, ADDRESS));
  g_assert_true (g_file_test (opl_export_page_get_mail_file (fixture->page), G_FILE_TEST_IS_REGULAR));
}

/* Without xdg-email at all: the same message. */
static void
test_mail_without_xdg_email (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autofree char *empty = g_build_filename (g_get_user_cache_dir (), "empty-bin", NULL);

  g_assert_cmpint (g_mkdir_with_parents (empty, 0700), ==, 0);
  g_setenv ("PATH", empty, TRUE);
  set_address (ADDRESS);

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "export.mail", NULL);
  wait_until (is_idle, fixture->page);

  g_assert_nonnull (opl_export_page_get_dialog (fixture->page));
  g_assert_nonnull (strstr (opl_export_page_get_last_message (fixture->page), "No mail program was found"));
}

static char *
replace_once (const char *text,
              const char *old,
              const char *new)
{
  g_auto(GStrv) parts = g_strsplit (text, old, 2);

  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  return g_strjoin (new, parts[0], parts[1], NULL);
}

/* The practice chooses another institute profile: LUMC's under another id, with
 * @address as its secretariat's, a stand-in that must be replaced when @placeholder. */
static void
choose_institute (OplStore   *store,
                  const char *address,
                  gboolean    placeholder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplInstitute) lumc = opl_institute_new_for_id ("lumc", &error);
  g_autoptr(OplInstitute) added = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autofree char *email = g_strdup_printf ("\"email\": \"%s\"", address);
  g_autofree char *path = opl_test_db_path ("umcx.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  g_assert_no_error (error);
  a = replace_once (opl_institute_get_json (lumc), "\"id\": \"lumc\"", "\"id\": \"umcx\"");
  b = replace_once (a, "\"email\": \"huisartsopleiders@lumc.nl\"", email);
  c = replace_once (b, "\"placeholder\": false", placeholder ? "\"placeholder\": true" : "\"placeholder\": false");
  opl_test_write_file (path, c, -1);
  added = opl_store_add_institute_file (store, file, &error);
  g_assert_no_error (error);
}

/* design.md §3 and §6: without an address of its own, the mail goes to the
 * secretariat of the practice's institute profile. */
static void
test_mail_to_institute (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *log = g_build_filename (g_get_user_cache_dir (), "xdg-email.log", NULL);
  g_autofree char *arguments = NULL;

  install_fake_mail (log, 0);
  set_address ("");
  choose_institute (fixture->store, "secretariaat@umcx.example", FALSE);
  opl_gui_test_spin ();

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "export.mail", NULL);
  wait_until (is_idle, fixture->page);

  g_assert_null (opl_export_page_get_dialog (fixture->page));
  g_assert_true (g_file_get_contents (log, &arguments, NULL, NULL));
  g_assert_true (g_str_has_suffix (arguments, "\nsecretariaat@umcx.example\n"));

  /* An address entered in the preferences goes first. */
  set_address (ADDRESS);
  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "export.mail", NULL);
  wait_until (is_idle, fixture->page);
  g_clear_pointer (&arguments, g_free);
  g_assert_true (g_file_get_contents (log, &arguments, NULL, NULL));
  g_assert_true (g_str_has_suffix (arguments, "\n" ADDRESS "\n"));
}

/* Seed 001 (Handleiding huisartsopleiders LUMC): the LEOh, "mail deze naar:
 * huisartsopleiders@lumc.nl", "door deze te mailen aan het opleiderssecretariaat.
 * huisartsopleiders@lumc.nl". A practice of LUMC, the default profile, mails there
 * without an address of its own. */
static void
test_mail_to_lumc (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *log = g_build_filename (g_get_user_cache_dir (), "xdg-email.log", NULL);
  g_autofree char *arguments = NULL;

  install_fake_mail (log, 0);
  set_address ("");

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "export.mail", NULL);
  wait_until (is_idle, fixture->page);

  g_assert_null (opl_export_page_get_dialog (fixture->page));
  g_assert_true (g_file_get_contents (log, &arguments, NULL, NULL));
  g_assert_true (g_str_has_suffix (arguments, "\nhuisartsopleiders@lumc.nl\n"));
}

/* No address yet (a profile with only a stand-in): the view says where to enter one,
 * and makes nothing. */
static void
test_mail_without_address (Fixture       *fixture,
                           gconstpointer  data)
{
  set_address ("");
  choose_institute (fixture->store, "secretariaat@umcx.example", TRUE);
  opl_gui_test_spin ();

  gtk_widget_activate_action (GTK_WIDGET (fixture->page), "export.mail", NULL);
  g_assert_false (opl_export_page_is_busy (fixture->page));
  g_assert_nonnull (opl_export_page_get_dialog (fixture->page));
  g_assert_nonnull (strstr (opl_export_page_get_last_message (fixture->page), "preferences"));
  g_assert_null (opl_export_page_get_mail_file (fixture->page));
}

/* The preferences keep the secretariat's address; what is not an address is refused. */
static void
test_preferences_address (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWidget *window = opl_preferences_window_new (fixture->store);
  AdwEntryRow *row = opl_preferences_window_get_address_row (OPL_PREFERENCES_WINDOW (window));
  g_autoptr(GSettings) settings = opl_export_mail_create_settings ();
  g_autofree char *refused = NULL;
  g_autofree char *kept = NULL;

  set_address ("");
  gtk_window_present (GTK_WINDOW (window));
  opl_gui_test_spin ();

  gtk_editable_set_text (GTK_EDITABLE (row), "secretariaat at lumc");
  g_signal_emit_by_name (row, "apply");
  refused = g_settings_get_string (settings, OPL_EXPORT_MAIL_ADDRESS_KEY);
  g_assert_cmpstr (refused, ==, "");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpstr (opl_preferences_window_get_last_message (OPL_PREFERENCES_WINDOW (window)), ==,
                   "“secretariaat at lumc” is not a mail address");

  gtk_editable_set_text (GTK_EDITABLE (row), "  " ADDRESS " ");
  g_signal_emit_by_name (row, "apply");
  kept = g_settings_get_string (settings, OPL_EXPORT_MAIL_ADDRESS_KEY);
  g_assert_cmpstr (kept, ==, ADDRESS);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* design.md §7: an aios exports her own trajecten, her private draft included; there
 * is no one else to choose. */
static void
test_aios_exports_own (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *target = g_build_filename (fixture->dir, "mine", NULL);
  g_autofree char *pdf_dir = g_build_filename (target, "pdf", NULL);
  g_autofree char *contents = g_build_filename (pdf_dir, "00-inhoud.pdf", NULL);
  g_autofree char *flat = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (target);
  GtkCheckButton *checklist = opl_export_page_get_section_check (fixture->page, OPL_EXPORT_SECTION_CHECKLIST);

  /* The checklist is the opleider's: not offered. */
  g_assert_false (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (checklist), GTK_TYPE_LIST_BOX_ROW)));

  opl_export_page_set_folder (fixture->page, TRUE);
  opl_export_page_save_to (fixture->page, file);
  wait_until (is_idle, fixture->page);

  g_assert_true (has_file_with_prefix (pdf_dir, "combel-m6-aios-charlotte-bakker"));
  flat = flat_pdf_text (contents);
  assert_contains (flat, "This export contains only what Charlotte Bakker selected for it");
  g_assert_null (strstr (flat, "privateform"));
}

/* Issue 7: a bundle per opleider and opleidingsjaar for scholing: the opleider chooses
 * their own scholing; the year is the current one, and only what scholing holds is
 * offered. */
static void
test_scholing (Fixture       *fixture,
               gconstpointer  data)
{
  OplPerson *anna = opl_test_find_person (fixture->store, "Anna de Vries");
  g_autofree char *target = g_build_filename (fixture->dir, "scholing", NULL);
  g_autofree char *pdf_dir = g_build_filename (target, "pdf", NULL);
  g_autofree char *contents = g_build_filename (pdf_dir, "00-inhoud.pdf", NULL);
  g_autofree char *flat = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(OplExportBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = g_build_filename (target, "export.json", NULL);
  GtkWidget *forms_row = gtk_widget_get_ancestor (GTK_WIDGET (opl_export_page_get_section_check (fixture->page,
                                                                                                 OPL_EXPORT_SECTION_FORMS)),
                                                  GTK_TYPE_LIST_BOX_ROW);
  GtkWidget *scholing_row = gtk_widget_get_ancestor (GTK_WIDGET (opl_export_page_get_section_check (fixture->page,
                                                                                                    OPL_EXPORT_SECTION_SCHOLING)),
                                                     GTK_TYPE_LIST_BOX_ROW);

  g_assert_true (gtk_widget_get_visible (forms_row));
  g_assert_false (gtk_widget_get_visible (scholing_row));

  g_assert_true (opl_export_page_select_aios (fixture->page, opl_person_get_id (anna)));
  wait_until (is_idle, fixture->page);
  g_assert_false (gtk_widget_get_visible (forms_row));
  g_assert_true (gtk_widget_get_visible (scholing_row));

  opl_export_page_set_folder (fixture->page, TRUE);
  opl_export_page_save_to (fixture->page, file);
  wait_until (is_idle, fixture->page);

  bundle = opl_export_bundle_new_from_file (json, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_export_bundle_get_scope (bundle), ==, OPL_EXPORT_SCOPE_OPLEIDER);
  g_assert_cmpint (opl_export_bundle_get_sections (bundle), ==, OPL_EXPORT_SECTION_SCHOLING);
  /* OPL_TODAY is 22 November 2026: the opleidingsjaar 2026-2027. */
  g_assert_cmpint (opl_export_record_get_int (opl_export_bundle_get_selection (bundle), "year", 0), ==, 2026);

  g_assert_true (has_file_with_prefix (pdf_dir, "scholing-anna-de-vries"));
  flat = flat_pdf_text (contents);
  assert_contains (flat, "The scholing of Anna de Vries");
  assert_contains (flat, "Scholing yes");
}

int
main (int   argc,
      char *argv[])
{
  opl_gui_test_init (&argc, &argv);

  g_test_add ("/opl/gui-export/save-folder", Fixture, NULL, fixture_set_up, test_save_folder, fixture_tear_down);
  g_test_add ("/opl/gui-export/save-zip", Fixture, NULL, fixture_set_up, test_save_zip, fixture_tear_down);
  g_test_add ("/opl/gui-export/formats-needed", Fixture, NULL, fixture_set_up, test_formats_needed, fixture_tear_down);
  g_test_add ("/opl/gui-export/preview", Fixture, NULL, fixture_set_up, test_preview, fixture_tear_down);
  g_test_add ("/opl/gui-export/print", Fixture, NULL, fixture_set_up, test_print, fixture_tear_down);
  g_test_add ("/opl/gui-export/mail", Fixture, NULL, fixture_set_up, test_mail, fixture_tear_down);
  g_test_add ("/opl/gui-export/mail-without-client", Fixture, NULL, fixture_set_up, test_mail_without_client,
              fixture_tear_down);
  g_test_add ("/opl/gui-export/mail-without-xdg-email", Fixture, NULL, fixture_set_up, test_mail_without_xdg_email,
              fixture_tear_down);
  g_test_add ("/opl/gui-export/mail-to-institute", Fixture, NULL, fixture_set_up, test_mail_to_institute,
              fixture_tear_down);
  g_test_add ("/opl/gui-export/mail-to-lumc", Fixture, NULL, fixture_set_up, test_mail_to_lumc, fixture_tear_down);
  g_test_add ("/opl/gui-export/mail-without-address", Fixture, NULL, fixture_set_up, test_mail_without_address,
              fixture_tear_down);
  g_test_add ("/opl/gui-export/preferences-address", Fixture, NULL, fixture_set_up, test_preferences_address,
              fixture_tear_down);
  g_test_add ("/opl/gui-export/scholing", Fixture, NULL, fixture_set_up, test_scholing, fixture_tear_down);
  g_test_add ("/opl/gui-export/aios-exports-own", Fixture, "Charlotte Bakker", fixture_set_up,
              test_aios_exports_own, fixture_tear_down);

  return g_test_run ();
}
