/* test-gui-dashboard.c: the role dashboards, and pages that follow changes made by
 * another process.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "opl-dashboard-page-private.h"
#include "opl-date.h"
#include "opl-gui-test-utils.h"
#include "opl-profile-chooser-private.h"
#include "opl-test-utils.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

/* Percentages are written with a no-break space: “50 %”. */
#define NBSP "\xc2\xa0"

static OplPerson *
find_person (OplStore   *store,
             const char *name)
{
  GListModel *people = opl_store_get_people (store);

  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(OplPerson) person = g_list_model_get_item (people, i);

      if (g_strcmp0 (opl_person_get_name (person), name) == 0)
        return person;
    }

  g_assert_not_reached ();
}

static void
test_dashboard_opleider (void)
{
  g_autofree char *path = opl_test_db_path ("opleider.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autofree char *current = NULL;
  g_autofree char *earlier = NULL;
  OplDashboardPage *page;
  GtkListBox *list;

  page = OPL_DASHBOARD_PAGE (g_object_ref_sink (opl_dashboard_page_new (store, find_person (store, "Anna de Vries"))));

  list = opl_dashboard_page_get_current_list (page);
  current = opl_gui_test_list_titles (list);
  g_assert_cmpstr (current, ==, "Charlotte Bakker|Daan Visser");
  g_assert_cmpstr (opl_gui_test_row_subtitle (list, "Charlotte Bakker"), ==,
                   "Fase I · month 5 · started 1 July 2026 · your share 50" NBSP "%\n"
                   "Next: ComBel, month 6 · 1 January 2027");
  g_assert_cmpstr (opl_gui_test_row_subtitle (list, "Daan Visser"), ==,
                   "Fase II · month 8 · started 1 April 2026 · your share 50" NBSP "% · part time 80" NBSP "%\n"
                   "Next: LEOh, month 3 · overdue");

  list = opl_dashboard_page_get_earlier_list (page);
  earlier = opl_gui_test_list_titles (list);
  g_assert_cmpstr (earlier, ==, "Eva Mulder|Daan Visser");
  g_assert_cmpstr (opl_gui_test_row_subtitle (list, "Eva Mulder"), ==,
                   "Fase II · 1 May 2024 – 30 April 2025 · your share 50" NBSP "%");

  g_assert_finalize_object (page);
}

static void
test_dashboard_aios (void)
{
  g_autofree char *path = opl_test_db_path ("aios.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autofree char *current = NULL;
  g_autofree char *earlier = NULL;
  OplDashboardPage *page;
  GtkListBox *list;

  page = OPL_DASHBOARD_PAGE (g_object_ref_sink (opl_dashboard_page_new (store, find_person (store, "Daan Visser"))));

  list = opl_dashboard_page_get_current_list (page);
  current = opl_gui_test_list_titles (list);
  g_assert_cmpstr (current, ==, "Phase|Month of the traject|Start date|Part time");

  list = opl_dashboard_page_get_earlier_list (page);
  earlier = opl_gui_test_list_titles (list);
  g_assert_cmpstr (earlier, ==, "Fase I");
  g_assert_cmpstr (opl_gui_test_row_subtitle (list, "Fase I"), ==,
                   "1 April 2024 – 31 March 2025 · Anna de Vries, Bram Jansen");

  g_assert_finalize_object (page);
}

/* A second connection to the same file stands in for another PC in the practice. */
static void
test_changes_by_another_process (void)
{
  g_autofree char *path = opl_test_db_path ("shared.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplDatabase) other_database = opl_test_open (path);
  g_autoptr(OplStore) other = opl_store_new (other_database);
  g_autoptr(OplPerson) femke = NULL;
  g_autoptr(OplTraject) traject = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *titles = NULL;
  g_autofree char *traject_id = g_uuid_string_random ();
  OplPerson *anna;
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplProfileChooser *chooser;
  OplWorkspace *workspace;
  GtkFlowBox *flow_box;
  GDate start;

  opl_gui_test_show (GTK_WINDOW (window));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "profiles");
  chooser = OPL_PROFILE_CHOOSER (opl_window_get_page (window, "profiles"));
  flow_box = opl_profile_chooser_get_flow_box (chooser);
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (flow_box), FALSE), ==, 5);

  opl_store_load (other, &error);
  g_assert_no_error (error);
  femke = opl_store_add_person (other, "Femke de Boer", OPL_ROLE_AIOS, &error);
  g_assert_no_error (error);

  g_assert_true (opl_store_poll (store));
  opl_gui_test_spin ();
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (flow_box), FALSE), ==, 6);

  /* The dashboard follows too: Femke starts a traject with Anna. (The store made
   * its people anew on the change, so Anna is looked up now.) */
  anna = find_person (store, "Anna de Vries");
  opl_window_open_profile (window, opl_person_get_id (anna));
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));

  opl_date_parse_iso ("2026-11-01", &start);
  traject = opl_traject_new (traject_id, opl_person_get_id (femke), "Femke de Boer",
                             OPL_PHASE_I, &start, NULL, 1.0);
  opl_traject_add_opleider (traject, opl_person_get_id (anna), "Anna de Vries",
                            OPL_ROLE_HOOFDOPLEIDER, 1.0);
  opl_store_add_traject (other, traject, &error);
  g_assert_no_error (error);

  g_assert_true (opl_store_poll (store));
  opl_gui_test_spin ();
  titles = opl_gui_test_list_titles (opl_dashboard_page_get_current_list (opl_workspace_get_dashboard (workspace)));
  g_assert_cmpstr (titles, ==, "Femke de Boer|Charlotte Bakker|Daan Visser");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/dashboard/opleider", test_dashboard_opleider);
  g_test_add_func ("/opl/gui/dashboard/aios", test_dashboard_aios);
  g_test_add_func ("/opl/gui/dashboard/changes-by-another-process", test_changes_by_another_process);

  return g_test_run ();
}
