/* test-gui-scholing.c: the Scholing view and its editor, driven as a person would, with
 * the answers read back from the store. The demo practice on OPL_TODAY=2026-11-22:
 * Anna de Vries (hoofdopleider) has 4 of 8 days and 2 of 5 paralleldagen in the
 * opleidingsjaar 2026–2027; Bram Jansen (duo-opleider, 50 %) 2½ of 4 days.
 *
 * Sources: the scholing issue (register a day and see the counter change; the
 * dashboard shows the progress), design.md §2 (Scholing is for opleiders only).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "opl-gui-test-utils.h"
#include "opl-preferences-window.h"
#include "opl-quality-cycle-private.h"
#include "opl-scholing-editor-private.h"
#include "opl-scholing-page-private.h"
#include "opl-scholing-summary.h"
#include "opl-store-scholing.h"
#include "opl-test-utils.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

typedef struct
{
  char            *path;
  OplStore        *store;
  OplWindow       *window;
  OplWorkspace    *workspace;
  OplScholingPage *page;
} Fixture;

static const char *
person_id (OplStore   *store,
           const char *name)
{
  OplPerson *person = opl_store_find_profile (store, name);

  g_assert_nonnull (person);
  return opl_person_get_id (person);
}

static void
fixture_open (Fixture    *fixture,
              const char *db_name,
              const char *name)
{
  fixture->path = opl_test_db_path (db_name);
  fixture->store = opl_test_demo_store (fixture->path);
  fixture->window = opl_window_new (NULL, fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 768);
  opl_gui_test_show (GTK_WINDOW (fixture->window));

  opl_window_open_profile (fixture->window, person_id (fixture->store, name));
  fixture->workspace = OPL_WORKSPACE (opl_window_get_page (fixture->window, "workspace"));
  g_assert_nonnull (fixture->workspace);
  opl_workspace_show_view (fixture->workspace, "scholing");
  opl_gui_test_spin ();
  fixture->page = opl_workspace_get_scholing_page (fixture->workspace);
}

static void
fixture_close (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  opl_gui_test_spin ();
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

static OplScholingReport *
report_of (Fixture    *fixture,
           const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplInstitute) institute = opl_store_load_institute (fixture->store, &error);
  GDate today;
  OplScholingReport *report;

  g_assert_no_error (error);
  opl_test_fixed_today (&today);
  report = opl_store_get_scholing_report (fixture->store, institute, person_id (fixture->store, name),
                                          2026, &today, &error);
  g_assert_no_error (error);
  return report;
}

static gint64
count_scholing (Fixture *fixture)
{
  return opl_test_count (opl_store_get_database (fixture->store), "SELECT count(*) FROM scholing");
}

static OplScholingEditor *
open_new_editor (Fixture *fixture)
{
  GtkWidget *editor;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->page), "scholing.add-day", NULL));
  opl_gui_test_spin ();
  editor = opl_scholing_page_get_editor (fixture->page);
  g_assert_true (OPL_IS_SCHOLING_EDITOR (editor));
  g_assert_true (gtk_widget_get_visible (editor));
  return OPL_SCHOLING_EDITOR (editor);
}

static void
set_date (OplScholingEditor *editor,
          int                day,
          int                month,
          int                year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  opl_scholing_editor_set_date (editor, &date);
}

static void
save (OplScholingEditor *editor)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  opl_gui_test_spin ();
}

static OplScholingSummary *
find_summary (GtkWidget *widget)
{
  if (OPL_IS_SCHOLING_SUMMARY (widget))
    return OPL_SCHOLING_SUMMARY (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      OplScholingSummary *found = find_summary (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Issue 19: the leergangen and the quality cycle lie below the registered days and
 * are shown after the page's first frame. */
static void
test_later_groups (void)
{
  g_autofree char *path = opl_test_db_path ("later.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(GtkWidget) page = NULL;

  page = g_object_ref_sink (opl_scholing_page_new (store, opl_test_find_person (store, "Anna de Vries")));
  opl_gui_test_assert_later (page, GTK_WIDGET (opl_scholing_page_get_days_list (OPL_SCHOLING_PAGE (page))),
                             GTK_WIDGET (opl_scholing_page_get_quality_cycle (OPL_SCHOLING_PAGE (page))));
  g_assert_nonnull (gtk_widget_get_first_child (GTK_WIDGET (opl_scholing_page_get_leergangen_list (OPL_SCHOLING_PAGE (page)))));
}

/* The issue: register a day and see the counter change, here, on the dashboard, and
 * in the store. */
static void
test_register_day (void)
{
  Fixture fixture = { 0 };
  OplScholingEditor *editor;
  OplScholingSummary *summary;
  gint64 before;

  fixture_open (&fixture, "register.db", "Anna de Vries");
  before = count_scholing (&fixture);
  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "4 of 8 days");
  g_assert_cmpstr (opl_scholing_page_get_paralleldagen_text (fixture.page), ==, "2 of 5 paralleldagen");
  summary = find_summary (GTK_WIDGET (opl_workspace_get_dashboard (fixture.workspace)));
  g_assert_nonnull (summary);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (summary)));
  g_assert_cmpstr (opl_scholing_summary_get_title (summary), ==, "4 of 8 days · 2 of 5 paralleldagen");

  /* A paralleldag on 19 November. */
  editor = open_new_editor (&fixture);
  opl_scholing_editor_set_kind (editor, OPL_SCHOLING_PARALLELDAG);
  set_date (editor, 19, 11, 2026);
  save (editor);
  g_assert_null (opl_scholing_page_get_editor (fixture.page));

  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "5 of 8 days");
  g_assert_cmpstr (opl_scholing_page_get_paralleldagen_text (fixture.page), ==, "3 of 5 paralleldagen");
  g_assert_cmpstr (opl_scholing_summary_get_title (summary), ==, "5 of 8 days · 3 of 5 paralleldagen");
  g_assert_cmpint (count_scholing (&fixture), ==, before + 1);
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture.store),
                                   "SELECT count(*) FROM scholing WHERE date = '2026-11-19' AND kind = 'paralleldag'"),
                   ==, 1);
  {
    g_autoptr(OplScholingReport) report = report_of (&fixture, "Anna de Vries");

    g_assert_cmpfloat (report->count.total, ==, 5);
  }

  /* Half a day of other training: half a day more. */
  editor = open_new_editor (&fixture);
  opl_scholing_editor_set_kind (editor, OPL_SCHOLING_OTHER);
  set_date (editor, 20, 11, 2026);
  gtk_switch_set_active (opl_scholing_editor_get_half_day_switch (editor), TRUE);
  /* Other training must say what it was: refused, and the editor stays open. */
  save (editor);
  g_assert_true (opl_scholing_page_get_editor (fixture.page) == GTK_WIDGET (editor));
  g_assert_cmpint (count_scholing (&fixture), ==, before + 1);
  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "5 of 8 days");

  gtk_window_destroy (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  fixture_close (&fixture);
}

/* domain.md: one missed leergang day needs a replacement assignment. */
static void
test_missed_leergang_day (void)
{
  Fixture fixture = { 0 };
  OplScholingEditor *editor;
  GtkWidget *replacement;
  const char *subtitle;

  fixture_open (&fixture, "missed.db", "Anna de Vries");
  editor = open_new_editor (&fixture);
  opl_scholing_editor_set_kind (editor, OPL_SCHOLING_LEERGANG);
  opl_scholing_editor_set_leergang (editor, 6, 3);
  set_date (editor, 19, 11, 2026);
  replacement = opl_scholing_editor_get_replacement_row (editor);
  g_assert_false (gtk_widget_get_visible (replacement));
  gtk_switch_set_active (opl_scholing_editor_get_attended_switch (editor), FALSE);
  /* Only for time missed does the replacement assignment show. */
  g_assert_true (gtk_widget_get_visible (replacement));
  save (editor);

  /* Absent: the counter stays, and the replacement assignment is needed. */
  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "4 of 8 days");
  subtitle = opl_gui_test_row_subtitle (opl_scholing_page_get_leergangen_list (fixture.page),
                                        "Leergang 6 · Na het certificaat");
  g_assert_cmpstr (subtitle, ==, "2026–2027 · 2 of 4 days · 1 missed");
  {
    g_autofree char *needs = opl_gui_test_list_titles (opl_scholing_page_get_progress_list (fixture.page));

    g_assert_nonnull (strstr (needs, "The replacement assignment for leergang 6 by 31 August 2027"));
  }
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture.store),
                                   "SELECT count(*) FROM scholing WHERE leergang = 6 AND leergang_day = 3"
                                   " AND attended = 0 AND replacement_done = 0"), ==, 1);
  fixture_close (&fixture);
}

static GtkListBoxRow *
find_day_row (OplScholingPage *page,
              const char      *title)
{
  GtkListBox *list = opl_scholing_page_get_days_list (page);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_PREFERENCES_ROW (child) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title) == 0)
        return GTK_LIST_BOX_ROW (child);
    }

  g_assert_not_reached ();
}

/* Change a registration, remove it, and take the removal back. */
static void
test_edit_remove_undo (void)
{
  Fixture fixture = { 0 };
  OplScholingEditor *editor;
  AdwToast *toast;
  gint64 before;

  fixture_open (&fixture, "edit.db", "Anna de Vries");
  before = count_scholing (&fixture);

  g_signal_emit_by_name (opl_scholing_page_get_days_list (fixture.page), "row-activated",
                         find_day_row (fixture.page, "Leergang 6, day 1"));
  opl_gui_test_spin ();
  editor = OPL_SCHOLING_EDITOR (opl_scholing_page_get_editor (fixture.page));
  g_assert_nonnull (editor);
  gtk_switch_set_active (opl_scholing_editor_get_half_day_switch (editor), TRUE);
  save (editor);
  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "3½ of 8 days");
  g_assert_cmpint (count_scholing (&fixture), ==, before);

  g_signal_emit_by_name (opl_scholing_page_get_days_list (fixture.page), "row-activated",
                         find_day_row (fixture.page, "Leergang 6, day 1"));
  opl_gui_test_spin ();
  editor = OPL_SCHOLING_EDITOR (opl_scholing_page_get_editor (fixture.page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.remove", NULL));
  opl_gui_test_spin ();
  g_assert_cmpint (count_scholing (&fixture), ==, before - 1);
  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "3 of 8 days");

  toast = opl_window_get_undo_toast (fixture.window);
  g_assert_nonnull (toast);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.window), "win.undo", NULL));
  opl_gui_test_spin ();
  g_assert_cmpint (count_scholing (&fixture), ==, before);
  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "3½ of 8 days");
  fixture_close (&fixture);
}

/* The year switcher, and an honest empty state for a year without registrations. */
static void
test_years_and_empty_state (void)
{
  Fixture fixture = { 0 };

  fixture_open (&fixture, "years.db", "Anna de Vries");
  g_assert_cmpint (opl_scholing_page_get_year (fixture.page), ==, 2026);
  g_assert_cmpstr (opl_scholing_page_get_days_view (fixture.page), ==, "list");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "scholing.previous-year", NULL));
  opl_gui_test_spin ();
  g_assert_cmpint (opl_scholing_page_get_year (fixture.page), ==, 2025);
  /* The year before, all five paralleldagen: nothing about them is missing. */
  g_assert_cmpstr (opl_scholing_page_get_paralleldagen_text (fixture.page), ==, "5 of 5 paralleldagen");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "scholing.next-year", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "scholing.next-year", NULL));
  opl_gui_test_spin ();
  g_assert_cmpint (opl_scholing_page_get_year (fixture.page), ==, 2027);
  g_assert_cmpstr (opl_scholing_page_get_days_view (fixture.page), ==, "empty");
  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "0 of 8 days");

  /* A day registered in another opleidingsjaar shows that year. */
  {
    OplScholingEditor *editor = open_new_editor (&fixture);

    set_date (editor, 3, 3, 2027);
    save (editor);
  }
  g_assert_cmpint (opl_scholing_page_get_year (fixture.page), ==, 2026);
  g_assert_cmpstr (opl_scholing_page_get_paralleldagen_text (fixture.page), ==, "3 of 5 paralleldagen");
  fixture_close (&fixture);
}

/* Issue 19: "Escape in the KPB/KVB (and dienst, scholing) dialog with changes closes it
 * silently: ask as the leergesprek editor does"; and "The scholing editor [...] has no
 * title". */
static void
test_escape_asks (void)
{
  Fixture fixture = { 0 };
  OplScholingEditor *editor;
  AdwMessageDialog *question;
  gint64 before;

  fixture_open (&fixture, "escape.db", "Anna de Vries");
  before = count_scholing (&fixture);

  editor = open_new_editor (&fixture);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, "Register a Day");
  g_assert_false (opl_scholing_editor_has_unsaved_changes (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  opl_gui_test_spin ();
  g_assert_null (opl_gui_test_find_window (OPL_TYPE_SCHOLING_EDITOR));

  editor = open_new_editor (&fixture);
  gtk_switch_set_active (opl_scholing_editor_get_half_day_switch (editor), TRUE);
  g_assert_true (opl_scholing_editor_has_unsaved_changes (editor));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  opl_gui_test_spin ();
  question = opl_scholing_editor_get_close_dialog (editor);
  g_assert_nonnull (question);
  g_assert_cmpstr (adw_message_dialog_get_heading (question), ==, "Save Changes?");
  adw_message_dialog_response (question, "cancel");
  opl_gui_test_spin ();
  g_assert_true (opl_gui_test_find_window (OPL_TYPE_SCHOLING_EDITOR) == GTK_WIDGET (editor));
  g_assert_true (gtk_switch_get_active (opl_scholing_editor_get_half_day_switch (editor)));

  /* Save from the question: saved, closed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "window.close", NULL));
  opl_gui_test_spin ();
  adw_message_dialog_response (opl_scholing_editor_get_close_dialog (editor), "save");
  opl_gui_test_wait_ms (300);
  g_assert_null (opl_gui_test_find_window (OPL_TYPE_SCHOLING_EDITOR));
  g_assert_cmpint (count_scholing (&fixture), ==, before + 1);

  fixture_close (&fixture);
}

/* Issue 19: "Alt+PageUp/PageDown (previous/next opleidingsjaar) must work wherever the
 * focus is in the Scholing view": the whole window's workspace (sidebar, header bar and
 * page) takes them in the capture phase, and only while Scholing is shown. */
static void
test_year_keys_anywhere (void)
{
  Fixture fixture = { 0 };
  GtkWidget *workspace;

  fixture_open (&fixture, "year-keys.db", "Anna de Vries");
  workspace = GTK_WIDGET (fixture.workspace);
  g_assert_cmpint (opl_scholing_page_get_year (fixture.page), ==, 2026);

  g_assert_true (opl_gui_test_run_capture_shortcut (workspace, GDK_KEY_Page_Down, GDK_ALT_MASK));
  opl_gui_test_spin ();
  g_assert_cmpint (opl_scholing_page_get_year (fixture.page), ==, 2027);
  g_assert_true (opl_gui_test_run_capture_shortcut (workspace, GDK_KEY_Page_Up, GDK_ALT_MASK));
  g_assert_true (opl_gui_test_run_capture_shortcut (workspace, GDK_KEY_Page_Up, GDK_ALT_MASK));
  opl_gui_test_spin ();
  g_assert_cmpint (opl_scholing_page_get_year (fixture.page), ==, 2025);

  /* On another view the keys are not taken. */
  opl_workspace_show_view (fixture.workspace, "dashboard");
  opl_gui_test_spin ();
  g_assert_false (opl_gui_test_run_capture_shortcut (workspace, GDK_KEY_Page_Down, GDK_ALT_MASK));
  g_assert_cmpint (opl_scholing_page_get_year (fixture.page), ==, 2025);

  fixture_close (&fixture);
}

/* domain.md, "Quality cycle": the leerplan, better two leerpunten than four. */
static void
test_leerplan (void)
{
  Fixture fixture = { 0 };
  OplQualityCycle *quality;
  AdwEntryRow *entry;
  gboolean advice = FALSE;

  fixture_open (&fixture, "leerplan.db", "Anna de Vries");
  quality = opl_scholing_page_get_quality_cycle (fixture.page);
  entry = opl_quality_cycle_get_new_leerpunt_row (quality);

  gtk_editable_set_text (GTK_EDITABLE (entry), "Intervisie met opleiders uit de regio");
  g_signal_emit_by_name (entry, "apply");
  opl_gui_test_spin ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture.store),
                                   "SELECT count(*) FROM leerpunt WHERE year = 2026"
                                   " AND text = 'Intervisie met opleiders uit de regio'"), ==, 1);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (opl_quality_cycle_get_leerplan_list (quality)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    advice |= g_object_get_data (G_OBJECT (child), "opl-advice") != NULL;
  g_assert_true (advice);

  /* An empty leerpunt is refused. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "   ");
  g_signal_emit_by_name (entry, "apply");
  opl_gui_test_spin ();
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture.store),
                                   "SELECT count(*) FROM leerpunt JOIN person p ON p.id = person_id"
                                   " WHERE year = 2026 AND p.name = 'Anna de Vries'"), ==, 3);
  fixture_close (&fixture);
}

/* domain.md, "Quality cycle": the year an opleider began gives the niveaukaart. */
static void
test_opleider_since (void)
{
  Fixture fixture = { 0 };
  OplQualityCycle *quality;
  AdwComboRow *since;

  fixture_open (&fixture, "since.db", "Bram Jansen");
  quality = opl_scholing_page_get_quality_cycle (fixture.page);
  since = opl_quality_cycle_get_since_row (quality);
  g_assert_cmpstr (opl_quality_cycle_get_niveaukaart (quality), ==, "Niveaukaart 2");
  g_assert_cmpint (opl_quality_cycle_since_for_position (quality, adw_combo_row_get_selected (since)), ==, 2024);

  adw_combo_row_set_selected (since, opl_quality_cycle_position_for_since (quality, 2026));
  opl_gui_test_spin ();
  g_assert_cmpstr (opl_quality_cycle_get_niveaukaart (quality), ==, "Niveaukaart 1");
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture.store),
                                   "SELECT count(*) FROM person WHERE opleider_since = 2026"), ==, 1);
  fixture_close (&fixture);
}

/* design.md §2: Scholing is the opleider's; an aios has none. The dashboard's summary
 * opens the view. */
static void
test_opleiders_only (void)
{
  Fixture fixture = { 0 };
  OplScholingSummary *summary;

  fixture_open (&fixture, "aios.db", "Charlotte Bakker");
  g_assert_null (fixture.page);
  g_assert_cmpstr (opl_workspace_get_visible_view (fixture.workspace), ==, "dashboard");
  summary = find_summary (GTK_WIDGET (opl_workspace_get_dashboard (fixture.workspace)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (summary)));
  fixture_close (&fixture);

  fixture_open (&fixture, "duo.db", "Bram Jansen");
  opl_workspace_show_view (fixture.workspace, "dashboard");
  summary = find_summary (GTK_WIDGET (opl_workspace_get_dashboard (fixture.workspace)));
  /* A duo-opleider in the third year: 8, not split (seed 001: only "Ervaren duo
   * opleiders kunnen deze 8 dagen naar rato verdelen"). */
  g_assert_cmpstr (opl_scholing_summary_get_title (summary), ==, "2½ of 8 days · 1 of 5 paralleldagen (optional)");
  g_assert_nonnull (strstr (opl_scholing_summary_get_needs (summary),
                            "The replacement assignment for leergang 2, due 31 August 2026"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (summary), "workspace.show-view", "s", "scholing"));
  opl_gui_test_spin ();
  g_assert_cmpstr (opl_workspace_get_visible_view (fixture.workspace), ==, "scholing");
  fixture_close (&fixture);
}

/* LUMC's profile as another institute that asks 6 scholingsdagen of a hoofdopleider. */
static GFile *
write_profile (const char *file_name,
               const char *days)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplInstitute) lumc = opl_institute_new_for_id ("lumc", &error);
  g_autofree char *path = opl_test_db_path (file_name);
  g_autofree char *new_days = g_strdup_printf ("\"hoofdopleider\": { \"days\": %s }", days);
  g_auto(GStrv) a = NULL;
  g_auto(GStrv) b = NULL;
  g_auto(GStrv) c = NULL;
  g_autofree char *text_a = NULL;
  g_autofree char *text_b = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  a = g_strsplit (opl_institute_get_json (lumc), "\"id\": \"lumc\"", 2);
  text_a = g_strjoinv ("\"id\": \"umcx\"", a);
  b = g_strsplit (text_a, "\"LUMC Huisartsgeneeskunde\"", 2);
  text_b = g_strjoinv ("\"UMC X Huisartsgeneeskunde\"", b);
  c = g_strsplit (text_b, "\"hoofdopleider\": { \"days\": 8 }", 2);
  g_assert_cmpuint (g_strv_length (c), ==, 2);
  text = g_strjoinv (new_days, c);
  opl_test_write_file (path, text, -1);
  return g_file_new_for_path (path);
}

/* design.md §3 ('The practice chooses its institute in the preferences') and the
 * scholing issue ('the numbers taken from the institute profile'): loading another
 * institute's profile changes the counter's requirement in the open view and on the
 * dashboard; a malformed profile is refused with the file and the problem named, and
 * changes nothing; choosing LUMC again in the row brings its 8 days back (domain.md
 * 'Scholing of the opleider'). */
static void
test_institute_profile (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GFile) umcx = write_profile ("umcx.json", "6");
  g_autoptr(GFile) broken = write_profile ("umcx-kapot.json", "\"zes\"");
  OplPreferencesWindow *preferences;
  OplScholingSummary *summary;
  AdwMessageDialog *dialog;
  AdwComboRow *row;
  GListModel *names;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  guint lumc = GTK_INVALID_LIST_POSITION;

  fixture_open (&fixture, "institute.db", "Anna de Vries");
  summary = find_summary (GTK_WIDGET (opl_workspace_get_dashboard (fixture.workspace)));
  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "4 of 8 days");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.workspace), "workspace.show-preferences", NULL));
  opl_gui_test_spin ();
  preferences = OPL_PREFERENCES_WINDOW (opl_gui_test_find_window (OPL_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (preferences);
  row = opl_preferences_window_get_institute_row (preferences);
  names = adw_combo_row_get_model (row);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 1);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), adw_combo_row_get_selected (row)), ==,
                   "LUMC Huisartsgeneeskunde");
  g_assert_cmpstr (opl_preferences_window_get_institute_details (preferences), ==, "Version 3 · comes with the app");

  /* A malformed profile: refused, said why, nothing changed. */
  g_assert_false (opl_preferences_window_load_institute (preferences, broken));
  dialog = opl_preferences_window_get_error_dialog (preferences);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Institute Profile Not Loaded");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "umcx-kapot.json"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "scholing.requirement.hoofdopleider.days"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  opl_gui_test_spin ();
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture.store), "SELECT count(*) FROM institute_profile"),
                   ==, 0);
  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "4 of 8 days");

  /* UMC X: 6 days for a hoofdopleider, in the view and on the dashboard. */
  g_assert_true (opl_preferences_window_load_institute (preferences, umcx));
  opl_gui_test_spin ();
  g_assert_cmpstr (opl_preferences_window_get_last_message (preferences), ==,
                   "Loaded “UMC X Huisartsgeneeskunde”, version 3");
  g_assert_cmpuint (g_list_model_get_n_items (names), ==, 2);
  g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (names), adw_combo_row_get_selected (row)), ==,
                   "UMC X Huisartsgeneeskunde");
  g_assert_cmpstr (opl_preferences_window_get_institute_details (preferences), ==,
                   "Version 3 · loaded into the practice");
  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "4 of 6 days");
  g_assert_cmpstr (opl_scholing_summary_get_title (summary), ==, "4 of 6 days · 2 of 5 paralleldagen");

  /* LUMC again, chosen in the row as a person would. */
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "LUMC Huisartsgeneeskunde"))
        lumc = i;
    }
  adw_combo_row_set_selected (row, lumc);
  opl_gui_test_spin ();
  g_assert_cmpstr (opl_preferences_window_get_last_message (preferences), ==,
                   "The practice’s institute is “LUMC Huisartsgeneeskunde”");
  id = opl_store_get_institute_id (fixture.store, &error);
  g_assert_cmpstr (id, ==, "lumc");
  g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "4 of 8 days");
  g_assert_cmpstr (opl_scholing_summary_get_title (summary), ==, "4 of 8 days · 2 of 5 paralleldagen");
  g_assert_cmpstr (opl_preferences_window_get_institute_details (preferences), ==, "Version 3 · comes with the app");

  /* Another PC (a newer app) chose a profile this app does not know: the view and the
   * preferences say so in the core's words, and LUMC can be chosen again. */
  {
    g_autoptr(OplStore) other = opl_test_open_store_as (fixture.path, "Bram Jansen");

    opl_test_exec (opl_store_get_database (other), "UPDATE practice SET institute = 'umcy'");
    g_assert_true (opl_store_poll (fixture.store));
    opl_gui_test_spin ();
    g_assert_cmpstr (opl_scholing_page_get_days_view (fixture.page), ==, "empty");
    g_assert_cmpstr (opl_preferences_window_get_institute_details (preferences), ==,
                     "There is no institute profile “umcy”");
    g_assert_cmpuint (adw_combo_row_get_selected (row), ==, GTK_INVALID_LIST_POSITION);
    adw_combo_row_set_selected (row, lumc);
    opl_gui_test_spin ();
    g_assert_cmpstr (opl_scholing_page_get_days_text (fixture.page), ==, "4 of 8 days");
    g_assert_cmpstr (opl_scholing_page_get_days_view (fixture.page), !=, "empty");
  }

  gtk_window_destroy (GTK_WINDOW (preferences));
  opl_gui_test_spin ();
  fixture_close (&fixture);
}

/* The Changed Elsewhere question on screen, as every editor asks it. */
static AdwMessageDialog *
changed_elsewhere_dialog (void)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (opl_gui_test_find_window (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Changed Elsewhere");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  return dialog;
}

/* The button of @response in @dialog, found by its label. */
static GtkWidget *
find_response_button (GtkWidget  *widget,
                      const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_response_button (child, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Chooses @response as a person does with the keyboard: focus its button, Enter. */
static void
choose (AdwMessageDialog *dialog,
        const char       *response)
{
  GtkWidget *button = find_response_button (GTK_WIDGET (dialog),
                                            adw_message_dialog_get_response_label (dialog, response));
  GtkWidget *question = GTK_WIDGET (dialog);

  g_assert_nonnull (button);
  g_object_add_weak_pointer (G_OBJECT (question), (gpointer *) &question);
  g_assert_true (gtk_widget_grab_focus (button));
  g_assert_true (gtk_widget_activate (button));
  opl_gui_test_wait_ms (400);

  /* Answered: the question is gone. */
  g_assert_true (question == NULL || !gtk_widget_get_visible (question));
  if (question != NULL)
    g_object_remove_weak_pointer (G_OBJECT (question), (gpointer *) &question);
}

/* Another PC changes the note of the registration @day_id. */
static void
note_elsewhere (OplStore   *other,
                Fixture    *fixture,
                const char *day_id,
                const char *note)
{
  g_autoptr(OplInstitute) institute = opl_store_load_institute (other, NULL);
  g_autoptr(OplScholingDay) theirs = opl_store_get_scholing_day (other, day_id, NULL);
  g_autoptr(GError) error = NULL;

  g_free (theirs->note);
  theirs->note = g_strdup (note);
  g_assert_true (opl_store_save_scholing_day (other, opl_institute_get_rules (institute), theirs, &error));
  g_assert_no_error (error);
}

/* The check button of the first leerpunt in the quality cycle. */
static GtkCheckButton *
first_leerpunt_check (OplQualityCycle *quality)
{
  GtkWidget *list = GTK_WIDGET (opl_quality_cycle_get_leerplan_list (quality));
  g_autoptr(GPtrArray) todo = g_ptr_array_new ();

  g_ptr_array_add (todo, list);
  while (todo->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (todo, 0);
      const char *key = g_object_get_data (G_OBJECT (widget), "opl-key");

      if (GTK_IS_CHECK_BUTTON (widget) && key != NULL && g_str_has_prefix (key, "check:"))
        return GTK_CHECK_BUTTON (widget);

      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (todo, child);
    }

  g_assert_not_reached ();
}

/* Issue 17: “No lost updates: every update of a row a person edits (KPB/KVB, diensten,
 * leerpunten, scholing days, forms, people, trajecten) checks that the row has not been
 * changed since it was read, as leergesprekken already do, and the window offers Keep
 * editing / Reload / Save mine on a conflict.” A registration open in its editor, and a
 * leerpunt ticked in the leerplan, changed on another PC meanwhile. */
static void
test_changed_elsewhere (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplStore) other = NULL;
  g_autoptr(OplScholingDay) stored = NULL;
  g_autoptr(GPtrArray) leerpunten = NULL;
  g_autofree char *day_id = NULL;
  g_autofree char *leerpunt_id = NULL;
  const OplScholingDay *day;
  OplScholingEditor *editor;
  OplQualityCycle *quality;
  GtkListBoxRow *row;
  GtkCheckButton *check;
  gboolean achieved;

  fixture_open (&fixture, "elsewhere.db", "Anna de Vries");
  other = opl_test_open_store_as (fixture.path, "Bram Jansen");
  row = find_day_row (fixture.page, "Leergang 6, day 1");
  day = g_object_get_data (G_OBJECT (row), "opl-day");
  day_id = g_strdup (day->id);
  g_signal_emit_by_name (opl_scholing_page_get_days_list (fixture.page), "row-activated", row);
  opl_gui_test_spin ();
  editor = OPL_SCHOLING_EDITOR (opl_scholing_page_get_editor (fixture.page));

  /* Reload: the other version in the editor, still open; nothing of this one written. */
  note_elsewhere (other, &fixture, day_id, "Genoteerd door Bram");
  gtk_switch_set_active (opl_scholing_editor_get_half_day_switch (editor), TRUE);
  save (editor);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (changed_elsewhere_dialog ()),
                                   "Bram Jansen changed this registration after you opened it."));
  choose (changed_elsewhere_dialog (), "reload");
  opl_gui_test_spin ();
  g_assert_true (opl_scholing_page_get_editor (fixture.page) == GTK_WIDGET (editor));
  g_assert_false (gtk_switch_get_active (opl_scholing_editor_get_half_day_switch (editor)));
  stored = opl_store_get_scholing_day (other, day_id, NULL);
  g_assert_false (stored->half_day);
  g_clear_pointer (&stored, opl_scholing_day_free);

  /* Save Mine: this half day over the other version; the editor closes. */
  note_elsewhere (other, &fixture, day_id, "Nog eens door Bram");
  gtk_switch_set_active (opl_scholing_editor_get_half_day_switch (editor), TRUE);
  save (editor);
  choose (changed_elsewhere_dialog (), "overwrite");
  opl_gui_test_spin ();
  g_assert_null (opl_scholing_page_get_editor (fixture.page));
  stored = opl_store_get_scholing_day (other, day_id, NULL);
  g_assert_true (stored->half_day);
  g_assert_cmpstr (stored->note, ==, "Genoteerd door Bram");

  /* A leerpunt rewritten on the other PC, then ticked here: asked; Save Mine ticks it. */
  quality = opl_scholing_page_get_quality_cycle (fixture.page);
  check = first_leerpunt_check (quality);
  achieved = gtk_check_button_get_active (check);
  leerpunt_id = g_strdup ((const char *) g_object_get_data (G_OBJECT (check), "opl-key") + strlen ("check:"));
  {
    g_autoptr(GError) error = NULL;

    leerpunten = opl_store_list_leerpunten (other, person_id (other, "Anna de Vries"), 2026, &error);
    for (guint i = 0; i < leerpunten->len; i++)
      {
        OplLeerpunt *leerpunt = g_ptr_array_index (leerpunten, i);

        if (g_str_equal (leerpunt->id, leerpunt_id))
          g_assert_true (opl_store_update_leerpunt (other, leerpunt->id, leerpunt->changed_at,
                                                    "Herschreven door Bram", leerpunt->achieved, &error));
      }
    g_assert_no_error (error);
  }
  gtk_check_button_set_active (check, !achieved);
  opl_gui_test_spin ();
  choose (changed_elsewhere_dialog (), "overwrite");
  opl_gui_test_spin ();
  g_assert_cmpint (opl_test_count (opl_store_get_database (other),
                                   "SELECT count(*) FROM leerpunt WHERE text = 'Herschreven door Bram'"), ==, 1);
  {
    g_autofree char *sql = g_strdup_printf ("SELECT achieved FROM leerpunt WHERE id = '%s'", leerpunt_id);

    g_assert_cmpint (opl_test_count (opl_store_get_database (other), sql), ==, !achieved);
  }

  fixture_close (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/scholing/register-day", test_register_day);
  g_test_add_func ("/opl/gui/scholing/later-groups", test_later_groups);
  g_test_add_func ("/opl/gui/scholing/missed-leergang-day", test_missed_leergang_day);
  g_test_add_func ("/opl/gui/scholing/edit-remove-undo", test_edit_remove_undo);
  g_test_add_func ("/opl/gui/scholing/years-and-empty-state", test_years_and_empty_state);
  g_test_add_func ("/opl/gui/scholing/leerplan", test_leerplan);
  g_test_add_func ("/opl/gui/scholing/opleider-since", test_opleider_since);
  g_test_add_func ("/opl/gui/scholing/opleiders-only", test_opleiders_only);
  g_test_add_func ("/opl/gui/scholing/institute-profile", test_institute_profile);
  g_test_add_func ("/opl/gui/scholing/changed-elsewhere", test_changed_elsewhere);
  g_test_add_func ("/opl/gui/scholing/escape-asks", test_escape_asks);
  g_test_add_func ("/opl/gui/scholing/year-keys-anywhere", test_year_keys_anywhere);

  return g_test_run ();
}
