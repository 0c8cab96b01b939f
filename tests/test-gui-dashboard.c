/* test-gui-dashboard.c: the role dashboards, and pages that follow changes made by
 * another process.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "opl-dashboard-page-private.h"
#include "opl-date.h"
#include "opl-earlier-trajecten-dialog.h"
#include "opl-form-editor-private.h"
#include "opl-gui-test-utils.h"
#include "opl-leergesprek-editor-private.h"
#include "opl-leergesprekken-page-private.h"
#include "opl-profile-chooser-private.h"
#include "opl-store-forms.h"
#include "opl-traject-page-private.h"
#include "opl-test-utils.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

/* Percentages are written with a no-break space: “50 %”. */
#define NBSP "\xc2\xa0"

/* @name's dashboard, a reference of the caller's. */
static OplDashboardPage *
dashboard_of (OplStore   *store,
              const char *name)
{
  return OPL_DASHBOARD_PAGE (g_object_ref_sink (opl_dashboard_page_new (store, opl_test_find_person (store, name))));
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

  page = dashboard_of (store, "Anna de Vries");

  list = opl_dashboard_page_get_current_list (page);
  current = opl_gui_test_list_titles (list);
  g_assert_cmpstr (current, ==, "Charlotte Bakker|Daan Visser");
  g_assert_cmpstr (opl_gui_test_row_subtitle (list, "Charlotte Bakker"), ==,
                   "Fase I · training month 5 · started 1 July 2026 · your share 50" NBSP "%\n"
                   "Next: ComBel, training month 6 · 1 January 2027");
  g_assert_cmpstr (opl_gui_test_row_subtitle (list, "Daan Visser"), ==,
                   "Fase II · training month 6 · started 1 April 2026 · your share 50" NBSP "% · part time 80" NBSP "%\n"
                   "Next: LEOh, training month 3 · overdue · 14 days later because of leave");

  list = opl_dashboard_page_get_earlier_list (page);
  earlier = opl_gui_test_list_titles (list);
  g_assert_cmpstr (earlier, ==, "Eva Mulder|Daan Visser");
  g_assert_cmpstr (opl_gui_test_row_subtitle (list, "Eva Mulder"), ==,
                   "Fase II · 1 May 2024 – 30 April 2025 · your share 50" NBSP "%");

  g_assert_finalize_object (page);
}

static void
count_wrapping_labels (GtkWidget *root,
                       guint     *n_floored,
                       guint     *n_bare)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_label_get_wrap (GTK_LABEL (child))
          && g_utf8_strlen (gtk_label_get_text (GTK_LABEL (child)), -1) > 10)
        {
          if (gtk_label_get_width_chars (GTK_LABEL (child)) >= 10)
            (*n_floored)++;
          else
            (*n_bare)++;
        }
      count_wrapping_labels (child, n_floored, n_bare);
    }
}

/* GTK 4.8 lays a wrapping label without width-chars out at width 0, one line per
 * character, to find its minimum width: 20 ms of the dashboard's first frame. A
 * page's rows get a floor of 10 characters when it is refreshed
 * (opl_compat_floor_wrapping_labels(), docs/performance.md), and the window still
 * folds to 360 px (the guide: adaptive down to 360 px). */
static void
test_wrapping_labels_have_a_floor (void)
{
  g_autofree char *path = opl_test_db_path ("floor.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplWorkspace *workspace;
  GtkWidget *dashboard;
  guint n_floored = 0, n_bare = 0;
  int minimum = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  opl_window_open_profile (window, opl_person_get_id (opl_test_find_person (store, "Anna de Vries")));
  opl_gui_test_show (GTK_WINDOW (window));
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  dashboard = GTK_WIDGET (opl_workspace_get_dashboard (workspace));

  count_wrapping_labels (dashboard, &n_floored, &n_bare);
  g_assert_cmpuint (n_bare, ==, 0);
  g_assert_cmpuint (n_floored, >=, 20);

  /* The window's content: the window adds its decorations. */
  gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                      GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue 19: what lies below the first screen (the trajecten, the scholing, the
 * progress, the earlier aios, and the opleider's next leergesprekken) is not laid out
 * for the first frame, and is there from the frame after it; what an aios sees first
 * (their next leergesprek) is in the first frame. */
static void
check_later_groups (const char *name,
                    gboolean    leergesprek_later)
{
  g_autofree char *file = g_strdup_printf ("later-%s.db", name);
  g_autofree char *path = opl_test_db_path (file);
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  OplDashboardPage *page;
  GtkWidget *current, *leergesprek, *week;

  page = dashboard_of (store, name);
  current = GTK_WIDGET (opl_dashboard_page_get_current_list (page));
  week = GTK_WIDGET (opl_dashboard_page_get_week_list (page));

  /* Built, with their rows, but not measured for the first frame. */
  g_assert_nonnull (gtk_widget_get_first_child (current));
  opl_gui_test_assert_later (GTK_WIDGET (page), week, current);
  g_object_unref (page);

  /* The aios's next leergesprek is in their first frame; the opleider's waits. */
  page = dashboard_of (store, name);
  leergesprek = GTK_WIDGET (opl_dashboard_page_get_leergesprek_list (page));
  week = GTK_WIDGET (opl_dashboard_page_get_week_list (page));
  if (leergesprek_later)
    opl_gui_test_assert_later (GTK_WIDGET (page), week, leergesprek);
  else
    opl_gui_test_assert_later (GTK_WIDGET (page), leergesprek, GTK_WIDGET (opl_dashboard_page_get_current_list (page)));
  g_object_unref (page);
}

static void
test_dashboard_later_groups (void)
{
  check_later_groups ("Anna de Vries", TRUE);
  check_later_groups ("Charlotte Bakker", FALSE);
}

/* After years of history the dashboard names the last five aios and counts the rest:
 * what it shows does not grow with the years (docs/performance.md). */
static void
test_dashboard_long_history (void)
{
  g_autofree char *path = opl_test_db_path ("long.db");
  g_autoptr(OplStore) store = opl_test_history_store (path, 8, 2);
  OplPerson *hoofdopleider = opl_store_find_profile (store, "hoofdopleider");
  g_autoptr(GPtrArray) last = NULL;
  g_autoptr(GPtrArray) current = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *titles = NULL;
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  g_autofree char *more = NULL;
  OplDashboardPage *page;
  guint n_ended;
  GDate today;

  opl_test_fixed_today (&today);
  last = opl_store_list_ended_trajecten (store, opl_person_get_id (hoofdopleider), &today, 5, &n_ended, NULL);
  g_assert_cmpuint (n_ended, >, 5);
  for (guint i = 0; i < last->len; i++)
    g_strv_builder_add (names, opl_traject_get_aios_name (g_ptr_array_index (last, i)));
  more = g_strdup_printf ("And %u earlier trajecten", n_ended - 5);
  g_strv_builder_add (names, more);
  strv = g_strv_builder_end (names);
  expected = g_strjoinv ("|", strv);

  page = OPL_DASHBOARD_PAGE (g_object_ref_sink (opl_dashboard_page_new (store, hoofdopleider)));
  titles = opl_gui_test_list_titles (opl_dashboard_page_get_earlier_list (page));
  g_assert_cmpstr (titles, ==, expected);

  /* The current aios are all there, the earlier ones not among them. */
  current = opl_store_list_current_trajecten (store, hoofdopleider, &today, NULL);
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (opl_dashboard_page_get_current_list (page)), TRUE),
                    ==, current->len);

  g_assert_finalize_object (page);
}

/* The expander of the read-only Traject view's records called @name. */
static GtkWidget *
find_records (OplTrajectPage *page,
              const char     *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (opl_traject_page_get_records_list (page)));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "opl-records"), name) == 0)
        return child;
    }

  return NULL;
}

/* Issue 19: “And N earlier trajecten” leads to every ended traject, and one of them
 * opens in the Traject view, read-only, with its forms, leergesprekken and KPB/KVB. */
static void
test_dashboard_earlier_trajecten_open (void)
{
  g_autofree char *path = opl_test_db_path ("earlier.db");
  g_autoptr(OplStore) store = opl_test_history_store (path, 8, 2);
  OplPerson *hoofdopleider = opl_store_find_profile (store, "hoofdopleider");
  g_autoptr(GPtrArray) ended = NULL;
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GPtrArray) leergesprekken = NULL;
  g_autoptr(GArray) kpb = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *more = NULL;
  g_autofree char *n_forms = NULL, *n_leergesprekken = NULL, *n_kpb = NULL;
  OplFormQuery query = OPL_FORM_QUERY_INIT;
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplEarlierTrajectenDialog *dialog;
  OplWorkspace *workspace;
  OplDashboardPage *dashboard;
  OplTrajectPage *traject_page;
  OplTraject *oldest;
  GtkListBox *list;
  GtkWidget *row, *records;
  guint n_ended = 0, n_rows = 0;
  GDate today, before, after;

  opl_test_fixed_today (&today);
  ended = opl_store_list_ended_trajecten (store, opl_person_get_id (hoofdopleider), &today, G_MAXUINT, &n_ended,
                                          &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ended->len, ==, n_ended);
  g_assert_cmpuint (n_ended, >, 5);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  opl_gui_test_show (GTK_WINDOW (window));
  opl_window_open_profile (window, opl_person_get_id (hoofdopleider));
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  dashboard = opl_workspace_get_dashboard (workspace);
  opl_gui_test_spin ();

  /* The row that counts the rest leads to all of them. */
  more = g_strdup_printf ("And %u earlier trajecten", n_ended - 5);
  row = opl_gui_test_find_row (opl_dashboard_page_get_earlier_list (dashboard), more, NULL);
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_signal_emit_by_name (row, "activate");
  opl_gui_test_spin ();

  dialog = OPL_EARLIER_TRAJECTEN_DIALOG (opl_gui_test_find_window (OPL_TYPE_EARLIER_TRAJECTEN_DIALOG));
  g_assert_nonnull (dialog);
  list = opl_earlier_trajecten_dialog_get_list (dialog);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      OplTraject *traject = g_ptr_array_index (ended, n_rows);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), ==,
                       opl_traject_get_aios_name (traject));
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (child)));
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, n_ended);

  /* The search narrows the list; the oldest traject is found by its aios's name. */
  oldest = g_ptr_array_index (ended, ended->len - 1);
  gtk_editable_set_text (opl_earlier_trajecten_dialog_get_search (dialog), opl_traject_get_aios_name (oldest));
  opl_gui_test_wait_ms (300);
  row = NULL;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (g_strcmp0 (g_object_get_data (G_OBJECT (child), "opl-traject-id"), opl_traject_get_id (oldest)) == 0)
        row = child;
    }
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_child_visible (row));
  g_signal_emit_by_name (row, "activate");
  opl_gui_test_spin ();

  /* The dialog closed; the Traject view shows the oldest traject, read-only. */
  g_assert_null (opl_gui_test_find_window (OPL_TYPE_EARLIER_TRAJECTEN_DIALOG));
  g_assert_cmpstr (opl_workspace_get_visible_view (workspace), ==, "traject");
  traject_page = opl_workspace_get_traject_page (workspace);
  g_assert_true (opl_traject_page_is_read_only (traject_page));
  g_assert_cmpstr (opl_traject_page_get_traject_id (traject_page), ==, opl_traject_get_id (oldest));
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (opl_traject_page_get_history_row (traject_page))),
                                   "Ended on "));

  /* No editing: no Mark as Done, and the action refuses. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (opl_traject_page_get_aios_row (traject_page))) &&
                  gtk_widget_get_mapped (GTK_WIDGET (opl_traject_page_get_aios_row (traject_page))));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (opl_traject_page_get_timeline_list (traject_page)));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    g_assert_null (g_object_get_data (G_OBJECT (child), "opl-button"));
  g_assert_true (opl_store_get_moment_done_on (store, opl_traject_get_id (oldest), OPL_MOMENT_LEOH, 3, &before, &error));
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (traject_page), "traject.set-done", "(iib)",
                              (gint32) OPL_MOMENT_LEOH, (gint32) 3, !g_date_valid (&before));
  opl_gui_test_spin ();
  g_assert_true (opl_store_get_moment_done_on (store, opl_traject_get_id (oldest), OPL_MOMENT_LEOH, 3, &after, &error));
  g_assert_cmpint (g_date_valid (&before), ==, g_date_valid (&after));

  /* Its records, as many as the store holds. */
  query.traject_id = opl_traject_get_id (oldest);
  forms = opl_store_list_forms (store, &query, opl_person_get_id (hoofdopleider), &error);
  g_assert_no_error (error);
  leergesprekken = opl_store_list_leergesprekken (store, opl_traject_get_id (oldest), opl_traject_get_start (oldest),
                                                  opl_traject_get_end (oldest), NULL, &error);
  g_assert_no_error (error);
  kpb = opl_store_list_kpb (store, opl_traject_get_id (oldest), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (forms->len, >, 0);
  g_assert_cmpuint (leergesprekken->len, >, 0);
  g_assert_cmpuint (kpb->len, >, 0);

  n_forms = g_strdup_printf ("%u forms", forms->len);
  records = find_records (traject_page, "forms");
  g_assert_nonnull (records);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (records)), ==, n_forms);
  n_leergesprekken = g_strdup_printf ("%u leergesprekken", leergesprekken->len);
  records = find_records (traject_page, "leergesprekken");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (records)), ==, n_leergesprekken);
  n_kpb = g_strdup_printf ("%u observations", kpb->len);
  records = find_records (traject_page, "kpb");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (records)), ==, n_kpb);
  g_assert_nonnull (find_records (traject_page, "diensten"));

  /* A form of it opens to read only: no next step, no new version. */
  for (guint i = 0; i <= forms->len; i++)
    {
      OplForm *form;
      GtkWidget *editor;

      g_assert_cmpuint (i, <, forms->len);
      form = g_ptr_array_index (forms, i);
      if (opl_form_is_redacted (form) || opl_form_get_state (form) == OPL_FORM_STATE_DRAFT)
        continue;

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (traject_page), "traject.open-form", "s",
                                                 opl_form_get_id (form)));
      opl_gui_test_spin ();
      editor = opl_gui_test_find_window (OPL_TYPE_FORM_EDITOR);
      g_assert_nonnull (editor);
      g_assert_false (gtk_widget_get_visible (opl_form_editor_get_action_button (OPL_FORM_EDITOR (editor), "mark-discussed")));
      g_assert_false (gtk_widget_get_visible (opl_form_editor_get_action_button (OPL_FORM_EDITOR (editor), "new-version")));
      gtk_window_destroy (GTK_WINDOW (editor));
      opl_gui_test_spin ();
      break;
    }

  /* Back: the current trajecten, editable again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (traject_page), "traject.leave-history", NULL));
  opl_gui_test_spin ();
  g_assert_false (opl_traject_page_is_read_only (traject_page));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (opl_traject_page_get_records_list (traject_page))) &&
                  gtk_widget_get_mapped (GTK_WIDGET (opl_traject_page_get_records_list (traject_page))));

  /* An earlier aios's row on the dashboard opens their traject directly. */
  row = opl_gui_test_find_row (opl_dashboard_page_get_earlier_list (dashboard),
                               opl_traject_get_aios_name (g_ptr_array_index (ended, 0)), NULL);
  g_assert_nonnull (row);
  g_signal_emit_by_name (row, "activate");
  opl_gui_test_spin ();
  g_assert_true (opl_traject_page_is_read_only (traject_page));
  g_assert_cmpstr (opl_traject_page_get_traject_id (traject_page), ==,
                   opl_traject_get_id (g_ptr_array_index (ended, 0)));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Checklist version 3 on the dashboard: a task due by a date of its own (the evaluation
 * with the groepsbegeleider, seed 001 "iedere 3 tot 6 maanden") is in This Week's list
 * in the week it is due, not only once it is overdue. */
static void
test_dashboard_dated_task (void)
{
  g_autofree char *path = opl_test_db_path ("dated-task.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplChecklist) checklist = opl_checklist_new_default (NULL);
  g_autoptr(GArray) statuses = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDashboardPage) page = NULL;
  g_autofree char *three_days_before = NULL;
  OplPerson *anna = opl_test_find_person (store, "Anna de Vries");
  const OplChecklistStatus *task = NULL;
  GDate today, day;

  opl_test_fixed_today (&today);
  statuses = opl_store_get_checklist_status (store, checklist, opl_person_get_id (anna), &today, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < statuses->len; i++)
    {
      if (g_str_equal (g_array_index (statuses, OplChecklistStatus, i).item->id, "halfjaarlijks-groepsbegeleider"))
        task = &g_array_index (statuses, OplChecklistStatus, i);
    }
  g_assert_nonnull (task);
  g_assert_true (g_date_valid (&task->due));

  /* Three days before it is due. */
  day = task->due;
  g_date_subtract_days (&day, 3);
  three_days_before = opl_date_to_iso (&day);
  g_setenv ("OPL_TODAY", three_days_before, TRUE);
  page = OPL_DASHBOARD_PAGE (g_object_ref_sink (opl_dashboard_page_new (store, anna)));
  g_assert_nonnull (opl_gui_test_find_row (opl_dashboard_page_get_week_list (page), task->item->title, NULL));
  g_setenv ("OPL_TODAY", "2026-11-22", TRUE);
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

  page = dashboard_of (store, "Daan Visser");

  list = opl_dashboard_page_get_current_list (page);
  current = opl_gui_test_list_titles (list);
  g_assert_cmpstr (current, ==, "Phase|Training month|Start date|Part time");

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
  anna = opl_test_find_person (store, "Anna de Vries");
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

/* The coming leergesprek of @aios, as @store reads it on 22 November 2026. */
static OplLeergesprek *
coming_of (OplStore   *store,
           const char *aios)
{
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;
  OplLeergesprek *coming;
  GDate today;

  opl_date_set_today (&today);
  trajecten = opl_store_list_current_trajecten (store, opl_test_find_person (store, aios), &today, &error);
  g_assert_no_error (error);
  coming = opl_store_get_coming_leergesprek (store, opl_traject_get_id (g_ptr_array_index (trajecten, 0)),
                                             &today, &error);
  g_assert_no_error (error);
  g_assert_nonnull (coming);
  return coming;
}

/* The planner issue: the aios writes the agenda beforehand, the opleider sees it on the
 * dashboard; here written on another PC. Each aios's next leergesprek says when, what,
 * who holds it and the agenda, or that there is none yet. */
static void
test_opleider_sees_agenda (void)
{
  g_autofree char *path = opl_test_db_path ("agenda.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplStore) other = opl_test_open_store_as (path, "Daan Visser");
  g_autoptr(OplLeergesprek) theirs = NULL;
  g_autoptr(GError) error = NULL;
  OplDashboardPage *page;
  GtkListBox *list;
  const char *subtitle;

  page = dashboard_of (store, "Anna de Vries");
  list = opl_dashboard_page_get_leergesprek_list (page);

  subtitle = opl_gui_test_row_subtitle (list, "Charlotte Bakker");
  g_assert_true (g_str_has_prefix (subtitle, "Tuesday 24 November · 13:00–14:00\n"));
  g_assert_nonnull (strstr (subtitle, "\nAgenda: Vragen over de NHG-standaard Diabetes mellitus type 2. Bespreken"));
  subtitle = opl_gui_test_row_subtitle (list, "Daan Visser");
  g_assert_true (g_str_has_prefix (subtitle, "Thursday 26 November · 8:00–9:30\n"));
  g_assert_true (g_str_has_suffix (subtitle, "\nNo agenda yet"));

  /* Daan writes his agenda on his laptop. */
  theirs = coming_of (other, "Daan Visser");
  opl_leergesprek_set_text (theirs, OPL_LEERGESPREK_AGENDA, "Casus: man met pijn op de borst.\nLeerdoel: triage.");
  g_assert_true (opl_store_save_leergesprek (other, theirs, &error));
  g_assert_no_error (error);

  g_assert_true (opl_store_poll (store));
  opl_gui_test_spin ();
  list = opl_dashboard_page_get_leergesprek_list (page);
  subtitle = opl_gui_test_row_subtitle (list, "Daan Visser");
  g_assert_true (g_str_has_suffix (subtitle, "\nAgenda: Casus: man met pijn op de borst. Leerdoel: triage."));

  g_assert_finalize_object (page);
}

/* The aios's dashboard leads to the agenda of the next leergesprek: one click opens the
 * editor there, and what is saved shows on the dashboard. */
static void
test_aios_prepares_agenda (void)
{
  g_autofree char *path = opl_test_db_path ("prepare.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplLeergesprek) stored = NULL;
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplWorkspace *workspace;
  OplDashboardPage *dashboard;
  OplLeergesprekEditor *editor;
  GtkTextView *agenda;
  GtkWidget *row;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  opl_gui_test_show (GTK_WINDOW (window));
  opl_window_open_profile (window, opl_person_get_id (opl_test_find_person (store, "Daan Visser")));
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  dashboard = opl_workspace_get_dashboard (workspace);
  opl_gui_test_spin ();

  row = opl_dashboard_page_get_prepare_row (dashboard);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Prepare the Agenda");
  g_signal_emit_by_name (row, "activate");
  opl_gui_test_spin ();

  /* The editor, on the agenda, over the dashboard. */
  editor = opl_leergesprekken_page_get_editor (opl_workspace_get_leergesprekken_page (workspace));
  g_assert_nonnull (editor);
  g_assert_cmpstr (opl_workspace_get_visible_view (workspace), ==, "dashboard");
  g_assert_cmpstr (opl_leergesprek_get_id (opl_leergesprek_editor_get_leergesprek (editor)), ==,
                   g_object_get_data (G_OBJECT (row), "opl-key") + strlen ("agenda:"));
  agenda = opl_leergesprek_editor_get_text_view (editor, OPL_LEERGESPREK_AGENDA);
  g_assert_true (gtk_text_view_get_editable (agenda));
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (editor)) == GTK_WIDGET (agenda));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (agenda), "Vraag: wanneer verwijs ik naar de SEH?", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  opl_gui_test_spin ();

  stored = coming_of (store, "Daan Visser");
  g_assert_cmpstr (opl_leergesprek_get_text (stored, OPL_LEERGESPREK_AGENDA), ==,
                   "Vraag: wanneer verwijs ik naar de SEH?");
  row = opl_dashboard_page_get_prepare_row (dashboard);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Edit the Agenda");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Vraag: wanneer verwijs ik naar de SEH?");

  gtk_window_destroy (GTK_WINDOW (window));
  opl_gui_test_spin ();
}

/* domain.md "Leergesprekken": one every week. A week of the last eight without one is
 * a warning on both dashboards, from the planner's own check. */
static void
test_unplanned_week_warns (void)
{
  g_autofree char *path = opl_test_db_path ("unplanned.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplDatabase) other = opl_test_open (path);
  OplDashboardPage *opleider, *aios;
  const char *warning = "No leergesprek in the week of 17 November";
  g_autofree char *titles = NULL;
  guint opleider_before, aios_before;

  opleider = dashboard_of (store, "Anna de Vries");
  aios = dashboard_of (store, "Charlotte Bakker");
  opleider_before = opl_dashboard_page_get_n_warnings (opleider);
  aios_before = opl_dashboard_page_get_n_warnings (aios);
  /* The demo left out the week of 27 October. */
  g_assert_cmpstr (opl_gui_test_row_subtitle (opl_dashboard_page_get_warnings_list (opleider),
                                              "No leergesprek in the week of 27 October"), ==, "Charlotte Bakker");
  g_assert_cmpuint (aios_before, >, 0);

  /* This week's leergesprek of Charlotte is removed on another PC. */
  opl_test_exec (other, "DELETE FROM leergesprek WHERE date = '2026-11-17'");
  g_assert_true (opl_store_poll (store));
  opl_gui_test_spin ();

  g_assert_cmpuint (opl_dashboard_page_get_n_warnings (opleider), ==, opleider_before + 1);
  g_assert_cmpuint (opl_dashboard_page_get_n_warnings (aios), ==, aios_before + 1);
  g_assert_cmpstr (opl_gui_test_row_subtitle (opl_dashboard_page_get_warnings_list (opleider), warning), ==,
                   "Charlotte Bakker");
  titles = opl_gui_test_list_titles (opl_dashboard_page_get_warnings_list (aios));
  g_assert_nonnull (strstr (titles, warning));

  g_assert_finalize_object (opleider);
  g_assert_finalize_object (aios);
}

int
main (int   argc,
      char *argv[])
{
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/dashboard/opleider", test_dashboard_opleider);
  g_test_add_func ("/opl/gui/dashboard/aios", test_dashboard_aios);
  g_test_add_func ("/opl/gui/dashboard/long-history", test_dashboard_long_history);
  g_test_add_func ("/opl/gui/dashboard/later-groups", test_dashboard_later_groups);
  g_test_add_func ("/opl/gui/dashboard/earlier-trajecten-open", test_dashboard_earlier_trajecten_open);
  g_test_add_func ("/opl/gui/dashboard/dated-task", test_dashboard_dated_task);
  g_test_add_func ("/opl/gui/dashboard/wrapping-labels-have-a-floor", test_wrapping_labels_have_a_floor);
  g_test_add_func ("/opl/gui/dashboard/changes-by-another-process", test_changes_by_another_process);
  g_test_add_func ("/opl/gui/dashboard/opleider-sees-agenda", test_opleider_sees_agenda);
  g_test_add_func ("/opl/gui/dashboard/aios-prepares-agenda", test_aios_prepares_agenda);
  g_test_add_func ("/opl/gui/dashboard/unplanned-week-warns", test_unplanned_week_warns);

  return g_test_run ();
}
