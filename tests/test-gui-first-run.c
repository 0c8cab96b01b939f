/* test-gui-first-run.c: the window on an empty database, the setup form, the demo,
 * the profile chooser, and the error page.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "opl-dashboard-page-private.h"
#include "opl-gui-test-utils.h"
#include "opl-practice-setup-page-private.h"
#include "opl-profile-chooser-private.h"
#include "opl-test-utils.h"
#include "opl-welcome-page.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

static void
assert_counts (const char *path,
               gint64      practices,
               gint64      people,
               gint64      trajecten)
{
  /* A connection of its own: what is in the file, not what a store remembers. */
  g_autoptr(OplDatabase) database = opl_test_open (path);

  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM practice"), ==, practices);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM person"), ==, people);
  g_assert_cmpint (opl_test_count (database, "SELECT count(*) FROM traject"), ==, trajecten);
}

static OplPracticeSetupPage *
go_to_setup (OplWindow *window)
{
  GtkWidget *welcome = opl_window_get_page (window, "welcome");

  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "welcome");
  g_assert_true (gtk_widget_activate_action (welcome, "welcome.create-practice", NULL));
  opl_gui_test_spin ();
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "setup");

  return OPL_PRACTICE_SETUP_PAGE (opl_window_get_page (window, "setup"));
}

static void
test_first_run_setup (void)
{
  g_autofree char *path = opl_test_db_path ("first-run.db");
  g_autoptr(OplStore) store = opl_gui_test_empty_store (path);
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplPracticeSetupPage *setup;
  OplProfileChooser *chooser;
  OplTraject *traject;
  GtkFlowBox *flow_box;
  GDate start;

  opl_gui_test_show (GTK_WINDOW (window));
  setup = go_to_setup (window);

  gtk_editable_set_text (opl_practice_setup_page_get_practice_entry (setup), "Praktijk Het Anker");
  gtk_editable_set_text (opl_practice_setup_page_get_hoofdopleider_entry (setup), "Anna de Vries");
  gtk_editable_set_text (opl_practice_setup_page_get_duo_opleider_entry (setup), "Bram Jansen");
  gtk_editable_set_text (opl_practice_setup_page_get_aios_entry (setup), "Chris Smit");
  adw_combo_row_set_selected (opl_practice_setup_page_get_phase_row (setup), 1);

  /* Issue 19: "A part-time factor of 30 % is silently turned into 50 %: refuse it at the
   * field with the allowed range." */
  gtk_spin_button_set_value (opl_practice_setup_page_get_parttime_spin (setup), 30);
  g_assert_cmpfloat (gtk_spin_button_get_value (opl_practice_setup_page_get_parttime_spin (setup)), ==, 30);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.create", NULL));
  opl_gui_test_spin ();
  g_assert_cmpstr (opl_practice_setup_page_get_error_message (setup), ==,
                   "The part-time factor is 50 % to 100 % in steps of 10 %");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (opl_practice_setup_page_get_parttime_spin (setup)), "error"));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "setup");
  g_assert_false (opl_store_has_practice (store));

  gtk_spin_button_set_value (opl_practice_setup_page_get_parttime_spin (setup), 80);

  /* The start date defaults to today. */
  opl_practice_setup_page_get_start_date (setup, &start);
  g_assert_cmpint (g_date_get_year (&start), ==, 2026);
  g_assert_cmpint (g_date_get_month (&start), ==, 11);
  g_assert_cmpint (g_date_get_day (&start), ==, 22);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.create", NULL));
  opl_gui_test_spin ();

  g_assert_null (opl_practice_setup_page_get_error_message (setup));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "profiles");

  /* In the store and in the file. */
  g_assert_true (opl_store_has_practice (store));
  g_assert_cmpstr (opl_store_get_practice_name (store), ==, "Praktijk Het Anker");
  assert_counts (path, 1, 3, 1);

  trajecten = opl_store_list_trajecten (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trajecten->len, ==, 1);
  traject = g_ptr_array_index (trajecten, 0);
  g_assert_cmpstr (opl_traject_get_aios_name (traject), ==, "Chris Smit");
  g_assert_cmpint (opl_traject_get_phase (traject), ==, OPL_PHASE_II);
  g_assert_cmpfloat_with_epsilon (opl_traject_get_parttime (traject), 0.8, 1e-9);
  g_assert_cmpint (g_date_compare (opl_traject_get_start (traject), &start), ==, 0);
  g_assert_cmpuint (opl_traject_get_n_opleiders (traject), ==, 2);
  g_assert_cmpfloat_with_epsilon (opl_traject_get_opleider (traject, 0)->share, 0.5, 1e-9);

  /* The chooser lists them, opleiders first. */
  chooser = OPL_PROFILE_CHOOSER (opl_window_get_page (window, "profiles"));
  g_assert_cmpstr (opl_profile_chooser_get_title (chooser), ==, "Praktijk Het Anker");
  flow_box = opl_profile_chooser_get_flow_box (chooser);
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (flow_box), FALSE), ==, 3);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (gtk_flow_box_get_child_at_index (flow_box, 0))),
                   ==, "Anna de Vries, Hoofdopleider");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (gtk_flow_box_get_child_at_index (flow_box, 2))),
                   ==, "Chris Smit, Aios");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_first_run_invalid (void)
{
  g_autofree char *path = opl_test_db_path ("invalid.db");
  g_autoptr(OplStore) store = opl_gui_test_empty_store (path);
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplPracticeSetupPage *setup = go_to_setup (window);
  const char *message;
  GDate long_ago;

  /* Empty: the button is off, and activating it anyway does nothing. */
  gtk_editable_set_text (opl_practice_setup_page_get_hoofdopleider_entry (setup), "Anna de Vries");
  gtk_widget_activate_action (GTK_WIDGET (setup), "setup.create", NULL);
  opl_gui_test_spin ();
  g_assert_null (opl_practice_setup_page_get_error_message (setup));
  assert_counts (path, 0, 0, 0);

  /* Blank: the core says what is wrong. */
  gtk_editable_set_text (opl_practice_setup_page_get_practice_entry (setup), "   ");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.create", NULL));
  opl_gui_test_spin ();
  message = opl_practice_setup_page_get_error_message (setup);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "name"));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "setup");
  g_assert_false (opl_store_has_practice (store));
  assert_counts (path, 0, 0, 0);

  /* A start date more than three years back. */
  gtk_editable_set_text (opl_practice_setup_page_get_practice_entry (setup), "Praktijk Het Anker");
  gtk_editable_set_text (opl_practice_setup_page_get_aios_entry (setup), "Chris Smit");
  g_date_clear (&long_ago, 1);
  g_date_set_dmy (&long_ago, 1, G_DATE_SEPTEMBER, 2020);
  opl_practice_setup_page_set_start_date (setup, &long_ago);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.create", NULL));
  opl_gui_test_spin ();
  message = opl_practice_setup_page_get_error_message (setup);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "start date"));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "setup");
  assert_counts (path, 0, 0, 0);

  /* Back goes to the welcome page; Alt+Left does the same through win.back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (setup), "setup.back", NULL));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "welcome");
  go_to_setup (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "welcome");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_first_run_demo (void)
{
  g_autofree char *path = opl_test_db_path ("first-run.db");
  g_autoptr(OplStore) empty = opl_gui_test_empty_store (path);
  g_autoptr(OplStore) store = NULL;
  g_autofree char *demo_path = NULL;
  g_autofree char *remembered = NULL;
  g_autoptr(GSettings) settings = g_settings_new ("io.github.opleidingspraktijk.Opleidingspraktijk");
  g_autofree char *titles = NULL;
  g_autofree char *last_profile = NULL;
  OplWindow *window = opl_window_new (NULL, empty, settings);
  OplWorkspace *workspace;
  OplDashboardPage *dashboard;
  GtkFlowBox *flow_box;
  GtkFlowBoxChild *anna;
  OplPerson *person;

  opl_gui_test_show (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (opl_window_get_page (window, "welcome"),
                                             "welcome.open-demo", NULL));
  opl_gui_test_spin ();

  g_assert_null (opl_welcome_page_get_error_message (OPL_WELCOME_PAGE (opl_window_get_page (window, "welcome"))));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "profiles");
  /* The demo is in a file of its own, never in the practice being set up (issue 14),
   * and the next start does not open it. */
  assert_counts (path, 0, 0, 0);
  demo_path = opl_window_get_demo_path ();
  assert_counts (demo_path, 1, 5, 4);
  remembered = g_settings_get_string (settings, "database-path");
  g_assert_cmpstr (remembered, !=, demo_path);
  store = g_object_ref (opl_window_get_store (window));

  /* Choosing a profile the way the keyboard does: activating the child. */
  flow_box = opl_profile_chooser_get_flow_box (OPL_PROFILE_CHOOSER (opl_window_get_page (window, "profiles")));
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (flow_box), FALSE), ==, 5);
  anna = gtk_flow_box_get_child_at_index (flow_box, 0);
  g_signal_emit_by_name (anna, "activate");
  opl_gui_test_spin ();

  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "workspace");
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  person = opl_page_get_person (OPL_PAGE (workspace));
  g_assert_cmpstr (opl_person_get_name (person), ==, "Anna de Vries");
  g_assert_cmpstr (opl_store_get_actor (store), ==, opl_person_get_id (person));
  g_assert_cmpstr (opl_workspace_get_visible_view (workspace), ==, "dashboard");

  last_profile = g_settings_get_string (settings, "last-profile");
  g_assert_cmpstr (last_profile, ==, opl_person_get_id (person));

  /* An opleider sees all eight views (Praktijk since issue 14), and the dashboard lists
   * the aios. */
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (opl_workspace_get_sidebar_list (workspace)), TRUE), ==, 8);
  dashboard = opl_workspace_get_dashboard (workspace);
  titles = opl_gui_test_list_titles (opl_dashboard_page_get_current_list (dashboard));
  g_assert_cmpstr (titles, ==, "Charlotte Bakker|Daan Visser");

  /* Another view shows its empty state. */
  opl_workspace_show_view (workspace, "checklist");
  g_assert_cmpstr (opl_workspace_get_visible_view (workspace), ==, "checklist");

  /* Switch Profile goes back to the chooser; the next window opens on Anna. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.switch-profile", NULL));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "profiles");
  g_assert_null (opl_store_get_actor (store));
  gtk_window_destroy (GTK_WINDOW (window));

  window = opl_window_new (NULL, store, settings);
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "workspace");
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  g_assert_cmpstr (opl_person_get_name (opl_page_get_person (OPL_PAGE (workspace))), ==, "Anna de Vries");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_profile (void)
{
  g_autofree char *path = opl_test_db_path ("profile.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  GListModel *people = opl_store_get_people (store);
  g_autoptr(OplPerson) aios = NULL;
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplWorkspace *workspace;

  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "profiles");

  /* --profile ID: straight to the dashboard. The demo lists its aios after the opleiders. */
  aios = g_list_model_get_item (people, 2);
  g_assert_cmpint (opl_person_get_role (aios), ==, OPL_ROLE_AIOS);
  opl_window_open_profile (window, opl_person_get_id (aios));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "workspace");
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));

  /* An aios has no Scholing view (and reads the Praktijk view). */
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (opl_workspace_get_sidebar_list (workspace)), TRUE), ==, 7);
  opl_workspace_show_view (workspace, "scholing");
  g_assert_cmpstr (opl_workspace_get_visible_view (workspace), ==, "dashboard");

  /* An unknown id leaves the chooser open. */
  opl_window_open_profile (window, "no-such-person");
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "profiles");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The first AdwStatusPage under @widget that is shown (child-visible up to @widget). */
static AdwStatusPage *
find_shown_status_page (GtkWidget *widget)
{
  if (!gtk_widget_get_child_visible (widget) || !gtk_widget_get_visible (widget))
    return NULL;

  if (ADW_IS_STATUS_PAGE (widget))
    return ADW_STATUS_PAGE (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwStatusPage *found = find_shown_status_page (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The error page gets its big icon with the error, not at every start (GTK loads an
 * icon as soon as its widget is styled, shown or not; this one is an SVG). */
static void
test_error_icon_when_shown (void)
{
  g_autoptr(GError) error = g_error_new_literal (OPL_DATABASE_ERROR, OPL_DATABASE_ERROR_CORRUPT, "damaged");
  OplWindow *window = opl_window_new (NULL, NULL, NULL);
  AdwStatusPage *page;

  opl_window_show_open_error (window, "/nowhere/practice.db", error);
  opl_gui_test_show (GTK_WINDOW (window));
  page = find_shown_status_page (GTK_WIDGET (window));
  g_assert_nonnull (page);
  g_assert_cmpstr (adw_status_page_get_icon_name (page), ==, "dialog-warning-symbolic");
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
find_shortcuts_window (GtkWindow *parent)
{
  GtkWidget *shortcuts = opl_gui_test_find_window (GTK_TYPE_SHORTCUTS_WINDOW);

  if (shortcuts == NULL || gtk_window_get_transient_for (GTK_WINDOW (shortcuts)) != parent)
    return NULL;

  return GTK_WINDOW (shortcuts);
}

/* The shortcuts window is built when asked for (Ctrl+?, the main menu), not by
 * GtkApplication for every window before its first frame, which it does for a
 * resource at gtk/help-overlay.ui (docs/performance.md). */
static void
test_shortcuts_when_asked (void)
{
  g_autofree char *overlay = g_strconcat (RESOURCE_BASE_PATH, "/gtk/help-overlay.ui", NULL);
  OplWindow *window = opl_window_new (NULL, NULL, NULL);
  GtkWindow *shortcuts;
  GLogLevelFlags fatal;

  g_assert_false (g_resources_get_info (overlay, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL));
  opl_gui_test_show (GTK_WINDOW (window));
  g_assert_null (find_shortcuts_window (GTK_WINDOW (window)));

  /* GTK 4.8's own GtkShortcutsWindow warns about one of its labels when it is shown
   * (“reported min width -3”): warnings are not fatal while it is, criticals are. */
  fatal = g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  opl_gui_test_spin ();
  g_log_set_always_fatal (fatal);
  shortcuts = find_shortcuts_window (GTK_WINDOW (window));
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (shortcuts)));
  gtk_window_destroy (shortcuts);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* --profile ROLE: the window starts on that dashboard; an unknown one on the chooser. */
static void
test_start_profile (void)
{
  g_autofree char *path = opl_test_db_path ("start-profile.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  OplWindow *window;
  OplWorkspace *workspace;

  window = g_object_new (OPL_TYPE_WINDOW, "store", store, "profile", "hoofdopleider", NULL);
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "workspace");
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  g_assert_cmpstr (opl_person_get_name (opl_page_get_person (OPL_PAGE (workspace))), ==, "Anna de Vries");
  g_assert_cmpstr (opl_workspace_get_visible_view (workspace), ==, "dashboard");
  gtk_window_destroy (GTK_WINDOW (window));

  window = g_object_new (OPL_TYPE_WINDOW, "store", store, "profile", "Zeus", NULL);
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "profiles");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_narrow_window_folds (void)
{
  g_autofree char *path = opl_test_db_path ("narrow.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplPerson) anna = g_list_model_get_item (opl_store_get_people (store), 0);
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplWorkspace *workspace;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  opl_window_open_profile (window, opl_person_get_id (anna));
  opl_gui_test_show (GTK_WINDOW (window));
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));

  /* Folded: the dashboard shows alone, and back leads to the list of views. */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 400);
  g_assert_true (opl_workspace_go_back (workspace));
  g_assert_false (opl_workspace_go_back (workspace));

  /* Alt+Left (win.back) takes the same step. */
  opl_workspace_show_view (workspace, "dashboard");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL));
  g_assert_false (opl_workspace_go_back (workspace));
  gtk_window_destroy (GTK_WINDOW (window));

  /* Wide: both panes show, there is no step back. */
  window = opl_window_new (NULL, store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  opl_window_open_profile (window, opl_person_get_id (anna));
  opl_gui_test_show (GTK_WINDOW (window));
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  g_assert_false (opl_workspace_go_back (workspace));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_error (void)
{
  g_autofree char *path = opl_test_db_path ("garbage.db");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  OplWindow *window;
  const char *description;

  opl_test_write_file (path, "This is not a practice database, but a note.\n", -1);
  before = opl_test_file_digest (path);

  database = opl_database_open (path, OPL_DATABASE_OPEN_CREATE, &error);
  g_assert_null (database);
  g_assert_nonnull (error);

  window = opl_window_new (NULL, NULL, NULL);
  opl_window_show_open_error (window, path, error);
  opl_gui_test_show (GTK_WINDOW (window));

  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "error");
  description = opl_window_get_error_description (window);
  g_assert_nonnull (strstr (description, error->message));
  g_assert_null (opl_window_get_page (window, "welcome"));
  g_assert_null (opl_window_get_store (window));

  after = opl_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* design.md §4 at start-up: the app opens the file with its quick_check on a worker
 * thread (OPL_DATABASE_OPEN_CHECK_LATER); when that finds the file damaged, the window
 * shows the error page, and the file is not written to. */
static void
test_damage_found_after_start (void)
{
  g_autofree char *path = opl_test_db_path ("damaged-later.db");
  g_autofree char *contents = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = NULL;
  g_autoptr(OplStore) store = NULL;
  OplWindow *window;
  gsize length;

  store = opl_test_demo_store (path);
  g_clear_object (&store);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* Page 3, a table's b-tree, overwritten: the file opens, its quick_check fails. */
  memset (contents + 2 * 4096, 0x5a, 4096);
  opl_test_write_file (path, contents, length);
  before = opl_test_file_digest (path);

  database = opl_database_open (path, OPL_DATABASE_OPEN_CHECK_LATER, &error);
  g_assert_no_error (error);
  store = opl_store_new (database);
  opl_store_load (store, NULL);
  window = opl_window_new (NULL, store, NULL);
  opl_gui_test_show (GTK_WINDOW (window));

  /* Issue 17: "A damaged file opens read-only with a banner that offers the last good
   * backup": the window goes on reading it and says so above every page. */
  while (opl_window_get_notice (window) == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (strstr (opl_window_get_notice (window), "damaged"));
  g_assert_true (opl_window_get_store (window) == store);
  g_assert_cmpint (opl_database_get_read_only (database), ==, OPL_DATABASE_READ_ONLY_DAMAGED);

  g_clear_object (&store);
  g_clear_object (&database);
  gtk_window_destroy (GTK_WINDOW (window));
  opl_gui_test_spin ();
  after = opl_test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_open_another (void)
{
  g_autofree char *garbage = opl_test_db_path ("note.db");
  g_autofree char *missing = opl_test_db_path ("typo.db");
  g_autofree char *demo = opl_test_db_path ("other-demo.db");
  g_autoptr(GSettings) settings = g_settings_new ("io.github.opleidingspraktijk.Opleidingspraktijk");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *remembered = NULL;
  OplStore *store;
  OplWindow *window;

  g_object_unref (opl_test_demo_store (demo));

  opl_test_write_file (garbage, "Not a database either.\n", -1);
  before = opl_test_file_digest (garbage);

  window = opl_window_new (NULL, NULL, settings);
  opl_window_show_open_error (window, garbage, NULL);
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "error");

  /* A missing file is not created, a wrong one not touched. */
  g_assert_false (opl_window_open_database (window, missing));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "error");

  g_assert_false (opl_window_open_database (window, garbage));
  after = opl_test_file_digest (garbage);
  g_assert_cmpstr (before, ==, after);
  g_assert_null (opl_window_get_store (window));

  /* A practice opens on the chooser and is remembered for the next start. */
  g_assert_true (opl_window_open_database (window, demo));
  store = opl_window_get_store (window);
  g_assert_nonnull (store);
  g_assert_cmpstr (opl_store_get_practice_name (store), ==, "Huisartsenpraktijk De Linde");
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "profiles");
  remembered = g_settings_get_string (settings, "database-path");
  g_assert_cmpstr (remembered, ==, demo);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The main menu's New Practice… and Open the Demo Practice (issue 14): a new practice
 * is an empty file that starts the setup and is remembered; the demo opens in its own
 * file and is not remembered, so the next start opens the practice again. */
static void
test_new_practice_and_demo (void)
{
  g_autofree char *path = opl_test_db_path ("own.db");
  g_autofree char *other = opl_test_db_path ("new.db");
  g_autofree char *demo = opl_window_get_demo_path ();
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(GSettings) settings = g_settings_new ("io.github.opleidingspraktijk.Opleidingspraktijk");
  g_autofree char *remembered = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OplWindow *window = opl_window_new (NULL, store, settings);

  g_settings_set_string (settings, "database-path", path);
  before = opl_test_file_digest (path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-demo", NULL));
  opl_gui_test_spin ();
  g_assert_true (g_file_test (demo, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (opl_database_get_path (opl_store_get_database (opl_window_get_store (window))), ==, demo);
  remembered = g_settings_get_string (settings, "database-path");
  g_assert_cmpstr (remembered, ==, path);
  g_clear_pointer (&remembered, g_free);

  g_assert_true (opl_window_open_practice (window, other, OPL_WINDOW_OPEN_CREATE | OPL_WINDOW_OPEN_REMEMBER));
  g_assert_cmpstr (opl_window_get_visible_page (window), ==, "welcome");
  assert_counts (other, 0, 0, 0);
  remembered = g_settings_get_string (settings, "database-path");
  g_assert_cmpstr (remembered, ==, other);
  g_settings_reset (settings, "database-path");

  /* Neither touched the practice that was open. */
  after = opl_test_file_digest (path);
  g_assert_cmpstr (after, ==, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue 19: the program opens its window from a module of its own (src/main.c), and
 * draws it: OPL_DEBUG=first-frame prints a line at the first frame and quits (a window
 * that never draws ends as the test's timeout). */
static void
test_program_opens_window (void)
{
  g_autofree char *path = opl_test_db_path ("program.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_auto(OplTestRun) run = { 0 };

  g_clear_object (&store);
  opl_test_run_program (&run, (const char *[]) { "--database", path, "--profile", "hoofdopleider", NULL },
                        (const char *[]) { "OPL_DEBUG", "first-frame", NULL });
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "first-frame since_start_us="));
  g_assert_nonnull (strstr (run.out, "window-module="));
  g_assert_null (strstr (run.err, "CRITICAL"));
  g_assert_null (strstr (run.err, "WARNING"));
}

int
main (int   argc,
      char *argv[])
{
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/first-run/setup", test_first_run_setup);
  g_test_add_func ("/opl/gui/first-run/invalid", test_first_run_invalid);
  g_test_add_func ("/opl/gui/first-run/demo", test_first_run_demo);
  g_test_add_func ("/opl/gui/window/open-profile", test_open_profile);
  g_test_add_func ("/opl/gui/window/start-profile", test_start_profile);
  g_test_add_func ("/opl/gui/window/shortcuts-when-asked", test_shortcuts_when_asked);
  g_test_add_func ("/opl/gui/window/error-icon-when-shown", test_error_icon_when_shown);
  g_test_add_func ("/opl/gui/window/narrow-folds", test_narrow_window_folds);
  g_test_add_func ("/opl/gui/window/open-error", test_open_error);
  g_test_add_func ("/opl/gui/window/program-opens-window", test_program_opens_window);
  g_test_add_func ("/opl/gui/window/open-another", test_open_another);
  g_test_add_func ("/opl/gui/window/new-practice-and-demo", test_new_practice_and_demo);
  g_test_add_func ("/opl/gui/window/damage-found-after-start", test_damage_found_after_start);

  return g_test_run ();
}
