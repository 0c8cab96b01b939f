/* test-gui-checklist.c: ticking the checklist on the dashboard and the checklist page,
 * undo through the toast's action, the traject timeline, and changes by another
 * process. The demo practice on OPL_TODAY=2026-11-22 (a Sunday, week 47).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "opl-checklist-page-private.h"
#include "opl-dashboard-page-private.h"
#include "opl-date.h"
#include "opl-format.h"
#include "opl-gui-test-utils.h"
#include "opl-store-institute.h"
#include "opl-store-scholing.h"
#include "opl-test-utils.h"
#include "opl-traject-page-private.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

typedef struct
{
  char         *path;
  OplStore     *store;
  OplChecklist *checklist;
  OplWindow    *window;
  OplWorkspace *workspace;
  OplPerson    *person;
} Fixture;

/* Opens @name's workspace in a window, as a person would after choosing a profile. */
static void
fixture_open (Fixture    *fixture,
              const char *db_name,
              const char *name)
{
  fixture->path = opl_test_db_path (db_name);
  fixture->store = opl_test_demo_store (fixture->path);
  fixture->checklist = opl_checklist_new_default (NULL);
  fixture->window = opl_window_new (NULL, fixture->store, NULL);
  opl_gui_test_show (GTK_WINDOW (fixture->window));

  fixture->person = g_object_ref (opl_test_find_person (fixture->store, name));
  opl_window_open_profile (fixture->window, opl_person_get_id (fixture->person));
  fixture->workspace = OPL_WORKSPACE (opl_window_get_page (fixture->window, "workspace"));
  g_assert_nonnull (fixture->workspace);
  opl_gui_test_spin ();
}

static void
fixture_close (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  opl_gui_test_spin ();
  g_clear_object (&fixture->person);
  g_clear_object (&fixture->checklist);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

/* The store's answer, not the widget's: is @item_id done for the person today? */
static gboolean
store_says_done (Fixture    *fixture,
                 const char *item_id,
                 gboolean   *overdue)
{
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  opl_date_set_today (&today);
  statuses = opl_store_get_checklist_status (fixture->store, fixture->checklist,
                                             opl_person_get_id (fixture->person), &today, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < statuses->len; i++)
    {
      const OplChecklistStatus *status = &g_array_index (statuses, OplChecklistStatus, i);

      if (g_strcmp0 (status->item->id, item_id) == 0)
        {
          if (overdue != NULL)
            *overdue = status->overdue;
          return status->done;
        }
    }

  g_assert_not_reached ();
}

static OplChecklistRow *
find_checklist_row (GtkListBox *list,
                    const char *item_id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (OPL_IS_CHECKLIST_ROW (child) &&
          g_strcmp0 (opl_checklist_row_get_item_id (OPL_CHECKLIST_ROW (child)), item_id) == 0)
        return OPL_CHECKLIST_ROW (child);
    }

  return NULL;
}

/* Does what the toast's Undo button does: activate its action in the window. */
static void
press_undo (Fixture *fixture)
{
  AdwToast *toast = opl_window_get_undo_toast (fixture->window);

  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_action_name (toast), ==, "win.undo");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  opl_gui_test_spin ();
  g_assert_null (opl_window_get_undo_toast (fixture->window));
}

static void
test_dashboard_tick_and_undo (void)
{
  Fixture fixture = { NULL };
  OplDashboardPage *dashboard;
  OplChecklistRow *row;
  AdwToast *toast;
  g_autofree char *overdue = NULL;

  fixture_open (&fixture, "dashboard-tick.db", "Anna de Vries");
  dashboard = opl_workspace_get_dashboard (fixture.workspace);

  /* The two tasks the demo's hoofdopleider let slip come first, then Daan's LEOh. */
  overdue = opl_gui_test_list_titles (opl_dashboard_page_get_overdue_list (dashboard));
  g_assert_cmpstr (overdue, ==,
                   "Vul de KPB/KVB in|"
                   "Bekijk samen een video-opname (MAAS 2.0) of beoordeel een Videotoets plus|"
                   "LEOh · Daan Visser");

  row = find_checklist_row (opl_dashboard_page_get_today_list (dashboard), "dagelijks-agenda");
  g_assert_nonnull (row);
  g_assert_false (opl_checklist_row_get_done (row));
  g_assert_false (store_says_done (&fixture, "dagelijks-agenda", NULL));

  /* Tick it the way a click on the row does. */
  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  g_assert_true (gtk_check_button_get_active (opl_checklist_row_get_check_button (row)));
  g_assert_true (store_says_done (&fixture, "dagelijks-agenda", NULL));

  toast = opl_window_get_undo_toast (fixture.window);
  g_assert_nonnull (toast);
  g_assert_cmpstr (adw_toast_get_title (toast), ==,
                   "Ticked “Neem de agenda van de dag door met aios en assistente”");

  /* The refresh after the change rebuilds the list; the new row is ticked too. */
  opl_gui_test_spin ();
  row = find_checklist_row (opl_dashboard_page_get_today_list (dashboard), "dagelijks-agenda");
  g_assert_true (opl_checklist_row_get_done (row));
  g_assert_true (gtk_check_button_get_active (opl_checklist_row_get_check_button (row)));

  press_undo (&fixture);
  g_assert_false (store_says_done (&fixture, "dagelijks-agenda", NULL));
  row = find_checklist_row (opl_dashboard_page_get_today_list (dashboard), "dagelijks-agenda");
  g_assert_false (opl_checklist_row_get_done (row));
  g_assert_false (gtk_check_button_get_active (opl_checklist_row_get_check_button (row)));

  /* An overdue task ticked now leaves the “Overdue” group. */
  row = find_checklist_row (opl_dashboard_page_get_overdue_list (dashboard), "wekelijks-kpb-kvb");
  gtk_check_button_set_active (opl_checklist_row_get_check_button (row), TRUE);
  opl_gui_test_spin ();
  g_assert_null (find_checklist_row (opl_dashboard_page_get_overdue_list (dashboard), "wekelijks-kpb-kvb"));
  row = find_checklist_row (opl_dashboard_page_get_week_list (dashboard), "wekelijks-kpb-kvb");
  g_assert_nonnull (row);
  g_assert_true (opl_checklist_row_get_done (row));

  fixture_close (&fixture);
}

static gboolean
has_label (GtkWidget  *widget,
           const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (has_label (child, text))
        return TRUE;
    }

  return FALSE;
}

static void
expand_all (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    expand_all (child);
}

static void
test_checklist_page (void)
{
  Fixture fixture = { NULL };
  OplChecklistPage *page;
  OplChecklistRow *row;
  gboolean overdue = FALSE;

  fixture_open (&fixture, "checklist-page.db", "Anna de Vries");
  opl_workspace_show_view (fixture.workspace, "checklist");
  g_assert_cmpstr (opl_workspace_get_visible_view (fixture.workspace), ==, "checklist");
  page = opl_workspace_get_checklist_page (fixture.workspace);

  row = opl_checklist_page_get_row (page, "maandelijks-video");
  g_assert_nonnull (row);
  g_assert_true (opl_checklist_row_get_overdue (row));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (opl_checklist_row_get_check_button (row))));
  /* The history's rows are built when their period is first expanded (issue 19):
   * not there before, there with their summary once a person expands them. */
  g_assert_false (has_label (GTK_WIDGET (page), "Done in 6 of the last 8 · last missed: Oct 2026"));
  expand_all (GTK_WIDGET (page));
  opl_gui_test_spin ();
  g_assert_true (has_label (GTK_WIDGET (page), "Done in 6 of the last 8 · last missed: Oct 2026"));
  g_assert_cmpstr (opl_checklist_page_get_history_summary (page, "maandelijks-video"), ==,
                   "Done in 6 of the last 8 · last missed: Oct 2026");

  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  opl_gui_test_spin ();
  g_assert_true (store_says_done (&fixture, "maandelijks-video", &overdue));
  g_assert_true (opl_checklist_row_get_done (row));
  g_assert_false (opl_checklist_row_get_overdue (row));
  /* The page updates its rows in place: the same row, still in the page. */
  g_assert_true (opl_checklist_page_get_row (page, "maandelijks-video") == row);

  /* Unticking is a tick too, with its own undo. */
  gtk_check_button_set_active (opl_checklist_row_get_check_button (row), FALSE);
  opl_gui_test_spin ();
  g_assert_false (store_says_done (&fixture, "maandelijks-video", &overdue));
  g_assert_true (overdue);
  g_assert_cmpstr (adw_toast_get_title (opl_window_get_undo_toast (fixture.window)), ==,
                   "Unticked “Bekijk samen een video-opname (MAAS 2.0) of beoordeel een Videotoets plus”");
  press_undo (&fixture);
  g_assert_true (store_says_done (&fixture, "maandelijks-video", NULL));
  g_assert_true (gtk_check_button_get_active (opl_checklist_row_get_check_button (row)));

  fixture_close (&fixture);
}

/* The checklist rows in @widget, in the order they are shown, their titles appended to
 * @titles. */
static void
collect_rows (GtkWidget *widget,
              GPtrArray *titles)
{
  if (OPL_IS_CHECKLIST_ROW (widget))
    {
      g_ptr_array_add (titles, g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    collect_rows (child, titles);
}

/* Issue 19: the page builds about a screen of tasks with itself and the periods below
 * them once it has been laid out, so that its first frame measures no more than it
 * shows; once shown, every task is there, in the checklist's order by period, with
 * its status. */
static void
test_groups_built_after_layout (void)
{
  g_autofree char *path = opl_test_db_path ("checklist-groups.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  OplPerson *person = opl_test_find_person (store, "Anna de Vries");
  GtkWidget *window, *page;
  guint n_items = opl_checklist_get_n_items (checklist);

  /* What the page should list: the periods in order, each in the checklist's order,
   * then the reminders. */
  for (guint group = 0; group <= OPL_N_PERIODS; group++)
    for (guint i = 0; i < n_items; i++)
      {
        const OplChecklistItem *item = opl_checklist_get_item (checklist, i);
        gboolean reminder = item->basis == OPL_CHECKLIST_BASIS_WHEN_NEEDED;

        if ((reminder && group == OPL_N_PERIODS) || (!reminder && (guint) item->period == group))
          g_ptr_array_add (expected, item->title);
      }
  g_assert_cmpuint (expected->len, ==, n_items);

  page = opl_checklist_page_new (store, person);
  g_object_ref_sink (page);
  collect_rows (page, before);
  /* About a screen's height, whole periods, and not every task. */
  g_assert_cmpuint (before->len, >=, 8);
  g_assert_cmpuint (before->len, <, n_items);
  for (guint i = 0; i < before->len; i++)
    g_assert_cmpstr (g_ptr_array_index (before, i), ==, g_ptr_array_index (expected, i));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), page);
  opl_gui_test_show (GTK_WINDOW (window));
  opl_gui_test_spin ();

  collect_rows (page, after);
  g_assert_cmpuint (after->len, ==, n_items);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpstr (g_ptr_array_index (after, i), ==, g_ptr_array_index (expected, i));
  /* A row built after the first frame has its status: Monthly's video is overdue. */
  g_assert_true (opl_checklist_row_get_overdue (opl_checklist_page_get_row (OPL_CHECKLIST_PAGE (page),
                                                                            "maandelijks-video")));

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (page);
  opl_gui_test_spin ();
}

/* An aios reads their opleider's checklist but has nothing to tick. */
static void
test_checklist_page_aios (void)
{
  Fixture fixture = { NULL };
  OplChecklistRow *row;

  fixture_open (&fixture, "checklist-aios.db", "Daan Visser");
  row = opl_checklist_page_get_row (opl_workspace_get_checklist_page (fixture.workspace), "wekelijks-leergesprek");
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (opl_checklist_row_get_check_button (row))));
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));

  fixture_close (&fixture);
}

static OplTraject *
find_traject (OplStore   *store,
              const char *aios_name,
              OplPhase    phase)
{
  g_autoptr(GPtrArray) trajecten = opl_store_list_trajecten (store, NULL, NULL);

  for (guint i = 0; i < trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (trajecten, i);

      if (g_strcmp0 (opl_traject_get_aios_name (traject), aios_name) == 0 &&
          opl_traject_get_phase (traject) == phase)
        return g_object_ref (traject);
    }

  g_assert_not_reached ();
}

static OplMomentState
store_moment_state (OplStore      *store,
                    OplTraject    *traject,
                    OplMomentKind  kind,
                    int            month)
{
  g_autoptr(GArray) moments = NULL;
  g_autoptr(GError) error = NULL;
  GDate today;

  opl_date_set_today (&today);
  moments = opl_store_get_schedule (store, traject, &today, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);

      if (moment->kind == kind && moment->month == month)
        return moment->state;
    }

  g_assert_not_reached ();
}

static void
test_traject_mark_done (void)
{
  Fixture fixture = { NULL };
  g_autoptr(OplTraject) daan = NULL;
  g_autofree char *overdue = NULL;
  OplTrajectPage *page;
  OplDashboardPage *dashboard;
  GtkWidget *row;
  GtkButton *button;

  fixture_open (&fixture, "traject.db", "Anna de Vries");
  daan = find_traject (fixture.store, "Daan Visser", OPL_PHASE_II);
  dashboard = opl_workspace_get_dashboard (fixture.workspace);
  page = opl_workspace_get_traject_page (fixture.workspace);

  /* The dashboard's overdue LEOh opens Daan's traject. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dashboard), "workspace.show-traject", "s",
                                             opl_traject_get_id (daan)));
  g_assert_cmpstr (opl_workspace_get_visible_view (fixture.workspace), ==, "traject");
  g_assert_cmpstr (opl_traject_page_get_traject_id (page), ==, opl_traject_get_id (daan));
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (opl_traject_page_get_aios_row (page)),
                                                                  ADW_TYPE_PREFERENCES_GROUP)));

  row = opl_traject_page_find_moment_row (page, OPL_MOMENT_LEOH, 3);
  g_assert_nonnull (row);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Overdue\n"));
  button = opl_traject_page_get_moment_button (page, OPL_MOMENT_LEOH, 3);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Mark as Done");

  g_signal_emit_by_name (button, "clicked");
  opl_gui_test_spin ();
  g_assert_cmpint (store_moment_state (fixture.store, daan, OPL_MOMENT_LEOH, 3), ==, OPL_MOMENT_STATE_DONE);
  row = opl_traject_page_find_moment_row (page, OPL_MOMENT_LEOH, 3);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   "Done on 22 November 2026\n7 August 2026 · training month 3 · aios and opleider · 14 days later because of leave");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (opl_traject_page_get_moment_button (page, OPL_MOMENT_LEOH, 3))), ==,
                   "Mark as Not Done");

  overdue = opl_gui_test_list_titles (opl_dashboard_page_get_overdue_list (dashboard));
  g_assert_null (strstr (overdue, "LEOh · Daan Visser"));

  /* Undo puts it back as it was: not done, so overdue again. */
  press_undo (&fixture);
  g_assert_cmpint (store_moment_state (fixture.store, daan, OPL_MOMENT_LEOH, 3), ==, OPL_MOMENT_STATE_OVERDUE);
  g_clear_pointer (&overdue, g_free);
  overdue = opl_gui_test_list_titles (opl_dashboard_page_get_overdue_list (dashboard));
  g_assert_nonnull (strstr (overdue, "LEOh · Daan Visser"));

  /* Reopening a moment done long ago, and undoing that, keeps its day. */
  button = opl_traject_page_get_moment_button (page, OPL_MOMENT_COMBEL, 3);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (button)), ==, "Mark as Not Done");
  g_signal_emit_by_name (button, "clicked");
  opl_gui_test_spin ();
  g_assert_cmpint (store_moment_state (fixture.store, daan, OPL_MOMENT_COMBEL, 3), ==, OPL_MOMENT_STATE_OVERDUE);
  press_undo (&fixture);
  row = opl_traject_page_find_moment_row (page, OPL_MOMENT_COMBEL, 3);
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Done on "));
  g_assert_null (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "22 November 2026"));

  fixture_close (&fixture);
}

/* The aios sees their own moments: one LEOh per opleider, overdue first. */
static void
test_aios_dashboard (void)
{
  Fixture fixture = { NULL };
  g_autofree char *titles = NULL;

  fixture_open (&fixture, "aios-moments.db", "Daan Visser");
  titles = opl_gui_test_list_titles (opl_dashboard_page_get_week_list (opl_workspace_get_dashboard (fixture.workspace)));
  g_assert_true (g_str_has_prefix (titles, "LEOh about Anna de Vries|LEOh about Bram Jansen|"));
  g_assert_nonnull (strstr (titles, "ComBel self-assessment"));

  fixture_close (&fixture);
}

/* Another PC in the practice ticks a task: the open dashboard follows on the next poll. */
static void
test_tick_by_another_process (void)
{
  Fixture fixture = { NULL };
  g_autoptr(OplDatabase) other_database = NULL;
  g_autoptr(OplStore) other = NULL;
  g_autoptr(GError) error = NULL;
  OplDashboardPage *dashboard;
  OplChecklistPage *page;
  OplChecklistRow *row;

  fixture_open (&fixture, "poll.db", "Anna de Vries");
  dashboard = opl_workspace_get_dashboard (fixture.workspace);
  page = opl_workspace_get_checklist_page (fixture.workspace);
  row = find_checklist_row (opl_dashboard_page_get_today_list (dashboard), "dagelijks-terugblik");
  g_assert_false (opl_checklist_row_get_done (row));

  other_database = opl_test_open (fixture.path);
  other = opl_store_new (other_database);
  g_assert_true (opl_store_load (other, &error));
  g_assert_true (opl_store_set_ticked (other, opl_person_get_id (fixture.person), "dagelijks-terugblik",
                                       "2026-11-22", opl_checklist_get_version (fixture.checklist),
                                       TRUE, &error));
  g_assert_no_error (error);

  g_assert_true (opl_store_poll (fixture.store));
  opl_gui_test_spin ();
  row = find_checklist_row (opl_dashboard_page_get_today_list (dashboard), "dagelijks-terugblik");
  g_assert_true (opl_checklist_row_get_done (row));
  g_assert_true (opl_checklist_row_get_done (opl_checklist_page_get_row (page, "dagelijks-terugblik")));

  fixture_close (&fixture);
}

/* Seed 001, DRIE TOT ZESMAANDELIJKS: "Organiseer iedere 3 tot 6 maanden een
 * evaluatiegesprek met de groepsbegeleider om de voortgang van jouw rol als
 * huisartsopleider te bespreken." Issue 18, item 7: ticked by the day, the row says
 * when it is due (six months after) and when it was last done; unticking and its undo
 * take the tick of that day away and back. */
static void
test_groepsbegeleider_row (void)
{
  Fixture fixture = { NULL };
  OplChecklistPage *page;
  OplChecklistRow *row;
  g_autofree char *due = NULL, *today_text = NULL, *expected = NULL;
  const char *id = "halfjaarlijks-groepsbegeleider";
  GDate today, in_six;

  fixture_open (&fixture, "groepsbegeleider-row.db", "Anna de Vries");
  /* The demo's ticks of version 2 count by the day they were made, which is the clock's:
   * start from none. */
  opl_test_exec (opl_store_get_database (fixture.store),
                 "DELETE FROM checklist_tick WHERE item_id = 'halfjaarlijks-groepsbegeleider'");
  opl_workspace_show_view (fixture.workspace, "checklist");
  page = opl_workspace_get_checklist_page (fixture.workspace);
  opl_page_refresh (OPL_PAGE (page));
  opl_gui_test_spin ();

  row = opl_checklist_page_get_row (page, id);
  g_assert_nonnull (row);
  g_assert_false (opl_checklist_row_get_done (row));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (opl_checklist_row_get_check_button (row))));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (opl_checklist_row_get_check_button (row))));
  g_assert_nonnull (strstr (opl_checklist_row_get_note (row), "not done yet"));

  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  opl_gui_test_spin ();
  g_assert_true (store_says_done (&fixture, id, NULL));
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture.store),
                                   "SELECT count(*) FROM checklist_tick"
                                   " WHERE item_id = 'halfjaarlijks-groepsbegeleider' AND period_key = '2026-11-22'"),
                   ==, 1);
  opl_date_set_today (&today);
  in_six = today;
  g_date_add_months (&in_six, 6);
  due = opl_format_date (&in_six);
  today_text = opl_format_date (&today);
  expected = g_strdup_printf ("Due by %s · last: %s", due, today_text);
  g_assert_cmpstr (opl_checklist_row_get_note (row), ==, expected);

  gtk_check_button_set_active (opl_checklist_row_get_check_button (row), FALSE);
  opl_gui_test_spin ();
  g_assert_false (store_says_done (&fixture, id, NULL));
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture.store),
                                   "SELECT count(*) FROM checklist_tick WHERE item_id = 'halfjaarlijks-groepsbegeleider'"),
                   ==, 0);
  press_undo (&fixture);
  g_assert_true (store_says_done (&fixture, id, NULL));
  g_assert_true (opl_checklist_row_get_done (row));

  fixture_close (&fixture);
}

/* Seed 004 (Kwaliteitsplan): "Beginnende opleiders (0-3 jaar ervaring) 1 x per jaar",
 * "Gevorderde opleiders (4-5 jaar ervaring) 1 x per 2 jaar", "Ervaren opleiders (>6
 * jaar ervaring) 1 x per 3 jaar". Issue 18, item 6: the row shows the date the
 * Scholing view shows, and ticking it records a HAO-voortgangsgesprek of today there;
 * its undo removes it. */
static void
test_opleiderscoach_row (void)
{
  Fixture fixture = { NULL };
  OplChecklistPage *page;
  OplChecklistRow *row;
  g_autoptr(OplInstitute) institute = NULL;
  g_autoptr(OplScholingReport) report = NULL;
  g_autoptr(GArray) gesprekken = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *next = NULL, *expected = NULL;
  const char *id = "jaarlijks-opleiderscoach";
  GDate today;

  fixture_open (&fixture, "opleiderscoach-row.db", "Anna de Vries");
  /* The demo's gesprekken make the item done until 2028: start from none, so that the
   * Scholing view says "by the end of the opleidingsjaar". */
  opl_test_exec (opl_store_get_database (fixture.store), "DELETE FROM hao_gesprek");
  opl_date_set_today (&today);
  institute = opl_store_load_institute (fixture.store, &error);
  g_assert_no_error (error);
  report = opl_store_get_scholing_report (fixture.store, institute, opl_person_get_id (fixture.person),
                                          opl_scholing_year_of (opl_institute_get_rules (institute), &today),
                                          &today, &error);
  g_assert_no_error (error);
  next = opl_format_date (&report->next_hao);

  opl_workspace_show_view (fixture.workspace, "checklist");
  page = opl_workspace_get_checklist_page (fixture.workspace);
  opl_page_refresh (OPL_PAGE (page));
  opl_gui_test_spin ();
  row = opl_checklist_page_get_row (page, id);
  g_assert_nonnull (row);
  g_assert_false (g_date_valid (&report->last_hao));
  expected = g_strdup_printf ("Due by %s · not done yet", next);
  g_assert_cmpstr (opl_checklist_row_get_note (row), ==, expected);
  g_assert_cmpint (opl_checklist_row_get_overdue (row), ==, report->hao_overdue);
  g_assert_false (opl_checklist_row_get_done (row));

  g_assert_true (gtk_widget_activate (GTK_WIDGET (row)));
  opl_gui_test_spin ();
  g_assert_true (store_says_done (&fixture, id, NULL));
  gesprekken = opl_store_list_hao_gesprekken (fixture.store, opl_person_get_id (fixture.person), &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (&g_array_index (gesprekken, OplHaoGesprek, gesprekken->len - 1).date, &today),
                   ==, 0);
  g_assert_cmpuint (gesprekken->len, ==, 1);
  g_assert_nonnull (strstr (opl_checklist_row_get_note (row), "last: "));

  press_undo (&fixture);
  g_assert_false (store_says_done (&fixture, id, NULL));
  g_clear_pointer (&gesprekken, g_array_unref);
  gesprekken = opl_store_list_hao_gesprekken (fixture.store, opl_person_get_id (fixture.person), &error);
  g_assert_cmpuint (gesprekken->len, ==, 0);

  fixture_close (&fixture);
}

/* Seed 001, Ziekte van de opleider: "Als je als opleider wegens ziekte afwezig bent en
 * je jouw werkzaamheden ten minste een week aaneengesloten niet kunt verrichten én een
 * geregistreerde opleider jou niet kan vervangen, meld je dit bij de huisartsopleiding
 * LUMC". A reminder: no check button, never overdue, not on the dashboard. */
static void
test_when_needed_row (void)
{
  Fixture fixture = { NULL };
  OplChecklistRow *row;

  fixture_open (&fixture, "when-needed-row.db", "Anna de Vries");
  g_assert_null (find_checklist_row (opl_dashboard_page_get_overdue_list (opl_workspace_get_dashboard (fixture.workspace)),
                                     "ziekte-opleider"));
  opl_workspace_show_view (fixture.workspace, "checklist");
  row = opl_checklist_page_get_row (opl_workspace_get_checklist_page (fixture.workspace), "ziekte-opleider");
  g_assert_nonnull (row);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (opl_checklist_row_get_check_button (row))));
  g_assert_false (opl_checklist_row_get_overdue (row));
  g_assert_cmpstr (opl_checklist_row_get_note (row), ==, "When needed");
  g_assert_null (opl_checklist_page_get_history_summary (opl_workspace_get_checklist_page (fixture.workspace),
                                                         "ziekte-opleider"));

  fixture_close (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/checklist/dashboard-tick-and-undo", test_dashboard_tick_and_undo);
  g_test_add_func ("/opl/gui/checklist/page", test_checklist_page);
  g_test_add_func ("/opl/gui/checklist/page-aios", test_checklist_page_aios);
  g_test_add_func ("/opl/gui/checklist/groups-built-after-layout", test_groups_built_after_layout);
  g_test_add_func ("/opl/gui/checklist/traject-mark-done", test_traject_mark_done);
  g_test_add_func ("/opl/gui/checklist/aios-dashboard", test_aios_dashboard);
  g_test_add_func ("/opl/gui/checklist/tick-by-another-process", test_tick_by_another_process);
  g_test_add_func ("/opl/gui/checklist/groepsbegeleider-row", test_groepsbegeleider_row);
  g_test_add_func ("/opl/gui/checklist/opleiderscoach-row", test_opleiderscoach_row);
  g_test_add_func ("/opl/gui/checklist/when-needed-row", test_when_needed_row);

  return g_test_run ();
}
