/* test-gui-praktijk.c: the practice run from the window (issue 14): a new aios with a
 * traject and leave, added through the Praktijk view's dialogs, moves the dashboard's
 * dates; impossible input is refused at the field and writes nothing; a person or a
 * traject changed on another PC is not overwritten unasked (issue 17).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "opl-dashboard-page-private.h"
#include "opl-date.h"
#include "opl-earlier-trajecten-dialog.h"
#include "opl-gui-test-utils.h"
#include "opl-period-dialog-private.h"
#include "opl-person-dialog-private.h"
#include "opl-store-forms.h"
#include "opl-store-practice.h"
#include "opl-test-utils.h"
#include "opl-traject-dialog-private.h"
#include "opl-traject-page-private.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

typedef struct
{
  char         *path;
  OplStore     *store;
  OplWindow    *window;
  OplWorkspace *workspace;
  GtkWidget    *page;
} Fixture;

static void
fixture_open (Fixture    *fixture,
              const char *name,
              const char *profile)
{
  fixture->path = opl_test_db_path (name);
  fixture->store = opl_test_demo_store (fixture->path);
  fixture->window = opl_window_new (NULL, fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 768);
  opl_gui_test_show (GTK_WINDOW (fixture->window));
  opl_window_open_profile (fixture->window, opl_person_get_id (opl_test_find_person (fixture->store, profile)));
  fixture->workspace = OPL_WORKSPACE (opl_window_get_page (fixture->window, "workspace"));
  opl_workspace_show_view (fixture->workspace, "praktijk");
  fixture->page = GTK_WIDGET (opl_workspace_get_praktijk_page (fixture->workspace));
  opl_gui_test_spin ();
}

static void
fixture_close (Fixture *fixture)
{
  opl_gui_test_destroy_other_windows (GTK_WINDOW (fixture->window));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  opl_gui_test_spin ();
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

/* Activates @action of the Praktijk view and returns the dialog it opened. */
static GtkWidget *
open_dialog (Fixture    *fixture,
             GType       type,
             const char *action,
             const char *target)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (fixture->page, action, target != NULL ? "s" : NULL, target));
  opl_gui_test_spin ();
  dialog = opl_gui_test_find_window (type);
  g_assert_nonnull (dialog);
  return dialog;
}

static void
save (GtkWidget  *dialog,
      const char *action)
{
  g_assert_true (gtk_widget_activate_action (dialog, action, NULL));
  opl_gui_test_spin ();
}

static GDate
date (const char *iso)
{
  GDate result;

  g_assert_true (opl_date_parse_iso (iso, &result));
  return result;
}

static OplTraject *
traject_of (Fixture    *fixture,
            const char *aios)
{
  OplPerson *person = opl_test_find_person (fixture->store, aios);
  g_autoptr(GPtrArray) trajecten = opl_store_list_trajecten (fixture->store, opl_person_get_id (person), NULL);

  g_assert_nonnull (trajecten);
  g_assert_cmpuint (trajecten->len, ==, 1);
  return g_object_ref (g_ptr_array_index (trajecten, 0));
}

static char *
dashboard_subtitle (Fixture    *fixture,
                    const char *aios)
{
  OplDashboardPage *dashboard = opl_workspace_get_dashboard (fixture->workspace);

  opl_page_refresh (OPL_PAGE (dashboard));
  return g_strdup (opl_gui_test_row_subtitle (opl_dashboard_page_get_current_list (dashboard), aios));
}

/* Through the window: a new aios, her traject, and three weeks of illness; the
 * dashboard's next moment moves by them (domain.md: interruptions of more than 10 days
 * in a training year are made up, moving the later moments). */
static void
test_new_aios_with_leave (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplTraject) traject = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWidget *dialog;
  GDate start = date ("2026-12-01"), ill = date ("2027-01-04"), ill_end = date ("2027-01-24");

  fixture_open (&fixture, "new-aios.db", "Anna de Vries");

  dialog = open_dialog (&fixture, OPL_TYPE_PERSON_DIALOG, "praktijk.add-person", NULL);
  gtk_editable_set_text (GTK_EDITABLE (opl_person_dialog_get_name_row (OPL_PERSON_DIALOG (dialog))), "Femke de Boer");
  adw_combo_row_set_selected (opl_person_dialog_get_role_row (OPL_PERSON_DIALOG (dialog)), 0);   /* aios */
  save (dialog, "person.save");
  g_assert_nonnull (opl_test_find_person (fixture.store, "Femke de Boer"));
  g_assert_cmpint (opl_person_get_role (opl_test_find_person (fixture.store, "Femke de Boer")), ==, OPL_ROLE_AIOS);

  dialog = open_dialog (&fixture, OPL_TYPE_TRAJECT_DIALOG, "praktijk.add-traject", NULL);
  for (guint i = 0; i < 10; i++)
    {
      adw_combo_row_set_selected (opl_traject_dialog_get_aios_row (OPL_TRAJECT_DIALOG (dialog)), i);
      if (g_strcmp0 (gtk_string_object_get_string (adw_combo_row_get_selected_item (
                       opl_traject_dialog_get_aios_row (OPL_TRAJECT_DIALOG (dialog)))), "Femke de Boer") == 0)
        break;
    }
  opl_date_button_set_date (opl_traject_dialog_get_start_button (OPL_TRAJECT_DIALOG (dialog)), &start);
  save (dialog, "traject.save");
  traject = traject_of (&fixture, "Femke de Boer");
  g_assert_cmpint (g_date_compare (opl_traject_get_start (traject), &start), ==, 0);
  g_assert_cmpfloat (opl_traject_get_share_of (traject, opl_person_get_id (opl_test_find_person (fixture.store,
                                                                                                    "Anna de Vries"))),
                     ==, 1.0);

  /* The dashboard: her next moment is the ComBel of month 3, on 1 March 2027. */
  before = dashboard_subtitle (&fixture, "Femke de Boer");
  g_assert_nonnull (strstr (before, "1 March 2027"));

  dialog = open_dialog (&fixture, OPL_TYPE_PERIOD_DIALOG, "praktijk.add-leave", opl_traject_get_id (traject));
  opl_date_button_set_date (opl_period_dialog_get_start_button (OPL_PERIOD_DIALOG (dialog)), &ill);
  opl_date_button_set_date (opl_period_dialog_get_end_button (OPL_PERIOD_DIALOG (dialog)), &ill_end);
  save (dialog, "period.save");
  g_assert_null (opl_gui_test_find_window (OPL_TYPE_PERIOD_DIALOG));

  /* 21 days later, and the dashboard says why. */
  after = dashboard_subtitle (&fixture, "Femke de Boer");
  g_assert_nonnull (strstr (after, "22 March 2027"));
  g_assert_nonnull (strstr (after, "21 days later because of leave"));
  g_assert_null (strstr (before, "because of leave"));
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture.store),
                                   "SELECT count(*) FROM leave_period WHERE kind = 'ziekte'"
                                   " AND start_date = '2027-01-04' AND end_date = '2027-01-24'"), ==, 1);

  fixture_close (&fixture);
}

/* Shares that do not add up to 100 %, a part-time factor of 30 %, leave that ends
 * before it starts: said at the field, and nothing is written. */
static void
test_refused_at_the_field (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplTraject) charlotte = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWidget *dialog;
  GtkLabel *message;
  GDate first = date ("2027-02-10"), last = date ("2027-02-01");

  fixture_open (&fixture, "refused.db", "Anna de Vries");
  charlotte = traject_of (&fixture, "Charlotte Bakker");
  before = opl_test_digest_database (opl_store_get_database (fixture.store));

  dialog = open_dialog (&fixture, OPL_TYPE_TRAJECT_DIALOG, "praktijk.edit-traject", opl_traject_get_id (charlotte));
  message = opl_traject_dialog_get_message_label (OPL_TRAJECT_DIALOG (dialog));
  gtk_spin_button_set_value (opl_traject_dialog_get_share_spin (OPL_TRAJECT_DIALOG (dialog), "Anna de Vries"), 60);
  gtk_spin_button_set_value (opl_traject_dialog_get_share_spin (OPL_TRAJECT_DIALOG (dialog), "Bram Jansen"), 60);
  save (dialog, "traject.save");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_text (message), "100"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (opl_traject_dialog_get_share_spin (OPL_TRAJECT_DIALOG (dialog),
                                                                                          "Anna de Vries")), "error"));

  gtk_spin_button_set_value (opl_traject_dialog_get_share_spin (OPL_TRAJECT_DIALOG (dialog), "Anna de Vries"), 40);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  gtk_spin_button_set_value (opl_traject_dialog_get_parttime_spin (OPL_TRAJECT_DIALOG (dialog)), 30);
  /* A smaller part-time factor moves every moment: the dialog shows it before saving. */
  save (dialog, "traject.save");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (strstr (gtk_label_get_text (message), "50"));
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = open_dialog (&fixture, OPL_TYPE_PERIOD_DIALOG, "praktijk.add-leave", opl_traject_get_id (charlotte));
  opl_date_button_set_date (opl_period_dialog_get_start_button (OPL_PERIOD_DIALOG (dialog)), &first);
  opl_date_button_set_date (opl_period_dialog_get_end_button (OPL_PERIOD_DIALOG (dialog)), &last);
  save (dialog, "period.save");
  message = opl_period_dialog_get_message_label (OPL_PERIOD_DIALOG (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_nonnull (opl_gui_test_find_window (OPL_TYPE_PERIOD_DIALOG));
  gtk_window_destroy (GTK_WINDOW (dialog));

  after = opl_test_digest_database (opl_store_get_database (fixture.store));
  g_assert_cmpstr (after, ==, before);
  fixture_close (&fixture);
}

/* An edit that moves the start shows what moves before it is saved. */
static void
test_edit_shows_moves (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplTraject) charlotte = NULL;
  GtkWidget *dialog;
  GtkListBox *moves;
  GDate later;

  fixture_open (&fixture, "moves.db", "Anna de Vries");
  charlotte = traject_of (&fixture, "Charlotte Bakker");
  later = *opl_traject_get_start (charlotte);
  g_date_add_months (&later, 1);

  dialog = open_dialog (&fixture, OPL_TYPE_TRAJECT_DIALOG, "praktijk.edit-traject", opl_traject_get_id (charlotte));
  moves = opl_traject_dialog_get_moves_list (OPL_TRAJECT_DIALOG (dialog));
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (moves), TRUE), ==, 0);
  opl_date_button_set_date (opl_traject_dialog_get_start_button (OPL_TRAJECT_DIALOG (dialog)), &later);
  opl_gui_test_spin ();
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (moves), TRUE), >, 3);
  g_assert_nonnull (opl_gui_test_find_row (moves, "ComBel, training month 3", NULL));
  gtk_window_destroy (GTK_WINDOW (dialog));
  fixture_close (&fixture);
}

/* The visible controls below @widget that change the practice (a "praktijk." action). */
static guint
count_controls (GtkWidget *widget)
{
  guint n = 0;

  if (!gtk_widget_get_visible (widget))
    return 0;

  if (GTK_IS_ACTIONABLE (widget) && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL &&
      g_str_has_prefix (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "praktijk."))
    n++;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_controls (child);
  return n;
}

/* An aios reads the practice and changes nothing of it (design.md §2: Praktijk "read"
 * for the aios); an opleider has the controls. */
static void
test_aios_reads (void)
{
  Fixture fixture = { 0 };
  g_autofree char *listed = NULL;

  fixture_open (&fixture, "opleider.db", "Anna de Vries");
  g_assert_cmpuint (count_controls (fixture.page), >, 10);
  fixture_close (&fixture);

  fixture_open (&fixture, "aios.db", "Charlotte Bakker");
  g_assert_cmpuint (count_controls (fixture.page), ==, 0);
  /* It still lists the people and the trajecten. */
  listed = opl_gui_test_describe_wide (fixture.page, 0);
  g_assert_nonnull (strstr (listed, "Daan Visser"));
  fixture_close (&fixture);
}

/* The Changed Elsewhere question on screen, as every editor asks it: Enter and Escape
 * keep editing, each choice has a mnemonic. */
static AdwMessageDialog *
changed_elsewhere_dialog (void)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (opl_gui_test_find_window (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Changed Elsewhere");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "cancel"), ==, "_Keep Editing");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "reload"), ==, "_Reload");
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "overwrite"), ==, "_Save Mine");
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

/* Another PC renames @id. */
static void
rename_elsewhere (OplStore   *other,
                  const char *id,
                  const char *name)
{
  g_autoptr(GError) error = NULL;

  opl_store_poll (other);
  g_assert_true (opl_store_update_person (other, opl_store_lookup_person (other, id), name, 0, &error));
  g_assert_no_error (error);
}

static const char *
stored_name (OplStore   *other,
             const char *id)
{
  opl_store_poll (other);
  return opl_person_get_name (opl_store_lookup_person (other, id));
}

/* Issue 17: “No lost updates: every update of a row a person edits (KPB/KVB, diensten,
 * leerpunten, scholing days, forms, people, trajecten) checks that the row has not been
 * changed since it was read, as leergesprekken already do, and the window offers Keep
 * editing / Reload / Save mine on a conflict.” Eva is renamed on another PC while her
 * dialog is open here: Save asks; Keep Editing leaves the dialog as it was, Reload shows
 * the other name, Save Mine writes this one over it. */
static void
test_person_changed_elsewhere (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplStore) other = NULL;
  g_autofree char *eva = NULL;
  AdwMessageDialog *question;
  GtkWidget *dialog;
  GtkEditable *name;

  fixture_open (&fixture, "person-elsewhere.db", "Anna de Vries");
  other = opl_test_open_store_as (fixture.path, "Bram Jansen");
  eva = g_strdup (opl_person_get_id (opl_test_find_person (fixture.store, "Eva Mulder")));
  dialog = open_dialog (&fixture, OPL_TYPE_PERSON_DIALOG, "praktijk.edit-person", eva);
  name = GTK_EDITABLE (opl_person_dialog_get_name_row (OPL_PERSON_DIALOG (dialog)));

  /* Asked, nothing written; Escape keeps editing. */
  rename_elsewhere (other, eva, "Eva Mulder-Smit");
  gtk_editable_set_text (name, "Eva de Groot");
  save (dialog, "person.save");
  question = changed_elsewhere_dialog ();
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (question),
                                   "Bram Jansen changed this person after you opened it."));
  g_assert_cmpstr (stored_name (other, eva), ==, "Eva Mulder-Smit");
  gtk_window_close (GTK_WINDOW (question));
  opl_gui_test_spin ();
  g_assert_null (opl_gui_test_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (opl_gui_test_find_window (OPL_TYPE_PERSON_DIALOG) == dialog);
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Eva de Groot");

  /* Reload: the other name, still open. */
  save (dialog, "person.save");
  choose (changed_elsewhere_dialog (), "reload");
  opl_gui_test_spin ();
  g_assert_true (opl_gui_test_find_window (OPL_TYPE_PERSON_DIALOG) == dialog);
  g_assert_cmpstr (gtk_editable_get_text (name), ==, "Eva Mulder-Smit");

  /* Renamed there again; Save Mine writes this name over it, and the dialog closes. */
  rename_elsewhere (other, eva, "Eva Smit");
  gtk_editable_set_text (name, "Eva de Groot");
  save (dialog, "person.save");
  choose (changed_elsewhere_dialog (), "overwrite");
  opl_gui_test_spin ();
  g_assert_null (opl_gui_test_find_window (OPL_TYPE_PERSON_DIALOG));
  g_assert_cmpstr (stored_name (other, eva), ==, "Eva de Groot");

  fixture_close (&fixture);
}

/* Issue 17 (as above), for a traject: its part-time factor changed on another PC. */
static void
test_traject_changed_elsewhere (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplStore) other = NULL;
  g_autoptr(OplTraject) charlotte = NULL;
  g_autoptr(OplTraject) theirs = NULL;
  g_autoptr(OplTraject) stored = NULL;
  g_autoptr(GError) error = NULL;
  GtkSpinButton *parttime;
  GtkWidget *dialog;

  fixture_open (&fixture, "traject-elsewhere.db", "Anna de Vries");
  other = opl_test_open_store_as (fixture.path, "Bram Jansen");
  charlotte = traject_of (&fixture, "Charlotte Bakker");
  dialog = open_dialog (&fixture, OPL_TYPE_TRAJECT_DIALOG, "praktijk.edit-traject", opl_traject_get_id (charlotte));
  parttime = opl_traject_dialog_get_parttime_spin (OPL_TRAJECT_DIALOG (dialog));

  theirs = opl_store_get_traject (other, opl_traject_get_id (charlotte), &error);
  opl_traject_set_parttime (theirs, 0.8);
  g_assert_true (opl_store_update_traject (other, theirs, &error));
  g_assert_no_error (error);

  gtk_spin_button_set_value (parttime, 60);
  save (dialog, "traject.save");
  choose (changed_elsewhere_dialog (), "reload");
  opl_gui_test_spin ();
  g_assert_true (opl_gui_test_find_window (OPL_TYPE_TRAJECT_DIALOG) == dialog);
  g_assert_cmpfloat (gtk_spin_button_get_value (parttime), ==, 80);

  g_clear_object (&theirs);
  theirs = opl_store_get_traject (other, opl_traject_get_id (charlotte), &error);
  opl_traject_set_parttime (theirs, 0.9);
  g_assert_true (opl_store_update_traject (other, theirs, &error));
  gtk_spin_button_set_value (parttime, 60);
  save (dialog, "traject.save");
  choose (changed_elsewhere_dialog (), "overwrite");
  opl_gui_test_spin ();
  g_assert_null (opl_gui_test_find_window (OPL_TYPE_TRAJECT_DIALOG));
  stored = opl_store_get_traject (other, opl_traject_get_id (charlotte), &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (opl_traject_get_parttime (stored), 0.6, 1e-9);

  fixture_close (&fixture);
}

/* The first row below @widget titled @title. */
static GtkWidget *
find_titled_row (GtkWidget  *widget,
                 const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_titled_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The first row below @widget titled @title that opens a traject. */
static GtkWidget *
find_traject_row (GtkWidget  *widget,
                  const char *title)
{
  if (ADW_IS_ACTION_ROW (widget) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0 &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "workspace.show-traject") == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_traject_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Issue 19: the Praktijk view's “And N earlier trajecten” lists every ended traject
 * of the practice, and one of them opens read-only in the Traject view. */
static void
test_earlier_trajecten_open (void)
{
  g_autofree char *path = opl_test_db_path ("earlier.db");
  g_autoptr(OplStore) store = opl_test_history_store (path, 8, 2);
  OplPerson *hoofdopleider = opl_store_find_profile (store, "hoofdopleider");
  g_autoptr(GPtrArray) ended = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *more = NULL;
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplEarlierTrajectenDialog *dialog;
  OplWorkspace *workspace;
  OplTrajectPage *traject_page;
  g_autoptr(OplTraject) shown = NULL;
  OplTraject *traject;
  GtkWidget *row;
  guint n_ended = 0;
  GDate today;

  opl_test_fixed_today (&today);
  ended = opl_store_list_ended_trajecten (store, NULL, &today, G_MAXUINT, &n_ended, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_ended, >, 5);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  opl_gui_test_show (GTK_WINDOW (window));
  opl_window_open_profile (window, opl_person_get_id (hoofdopleider));
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  opl_workspace_show_view (workspace, "praktijk");
  opl_gui_test_spin ();

  more = g_strdup_printf ("And %u earlier trajecten", n_ended - 10);
  row = find_titled_row (GTK_WIDGET (opl_workspace_get_praktijk_page (workspace)), more);
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_signal_emit_by_name (row, "activate");
  opl_gui_test_spin ();

  dialog = OPL_EARLIER_TRAJECTEN_DIALOG (opl_gui_test_find_window (OPL_TYPE_EARLIER_TRAJECTEN_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (opl_earlier_trajecten_dialog_get_list (dialog)), TRUE),
                    ==, n_ended);

  /* Enter in the search opens the first traject found. */
  traject = g_ptr_array_index (ended, 3);
  gtk_editable_set_text (opl_earlier_trajecten_dialog_get_search (dialog), opl_traject_get_aios_name (traject));
  opl_gui_test_wait_ms (300);
  g_signal_emit_by_name (opl_earlier_trajecten_dialog_get_search (dialog), "activate");
  opl_gui_test_spin ();

  g_assert_null (opl_gui_test_find_window (OPL_TYPE_EARLIER_TRAJECTEN_DIALOG));
  g_assert_cmpstr (opl_workspace_get_visible_view (workspace), ==, "traject");
  traject_page = opl_workspace_get_traject_page (workspace);
  g_assert_true (opl_traject_page_is_read_only (traject_page));
  shown = opl_store_get_traject (store, opl_traject_page_get_traject_id (traject_page), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (opl_traject_get_aios_name (shown), ==, opl_traject_get_aios_name (traject));
  g_assert_true (opl_traject_has_ended (shown, &today));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Below @widget, each form row of the read-only Traject view: the ones with an Open
 * button the store shows @viewer unredacted. Counts the form rows. */
static void
check_form_rows (OplStore  *store,
                 OplPerson *viewer,
                 GtkWidget *widget,
                 guint     *n_forms)
{
  const char *form_id = g_object_get_data (G_OBJECT (widget), "opl-form-id");

  if (form_id != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OplForm) form = opl_store_load_form (store, form_id, opl_person_get_id (viewer), &error);

      g_assert_no_error (error);
      if (g_object_get_data (G_OBJECT (widget), "opl-button") != NULL)
        g_assert_false (opl_form_is_redacted (form));
      else
        g_assert_true (opl_form_is_redacted (form) ||
                       g_strcmp0 (opl_form_get_author_id (form), opl_person_get_id (viewer)) == 0);
      (*n_forms)++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_form_rows (store, viewer, child, n_forms);
}

/* An aios opens their own earlier traject from the Praktijk view, read-only; the
 * forms of others that are private drafts stay closed. */
static void
test_aios_opens_own_earlier_traject (void)
{
  g_autofree char *path = opl_test_db_path ("aios-earlier.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  OplPerson *daan = opl_test_find_person (store, "Daan Visser");
  g_autoptr(GPtrArray) ended = NULL;
  g_autoptr(GError) error = NULL;
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplWorkspace *workspace;
  OplTrajectPage *traject_page;
  GtkWidget *row;
  guint n_forms = 0;
  GDate today;

  opl_test_fixed_today (&today);
  ended = opl_store_list_ended_trajecten (store, opl_person_get_id (daan), &today, 1, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ended->len, ==, 1);

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  opl_gui_test_show (GTK_WINDOW (window));
  opl_window_open_profile (window, opl_person_get_id (daan));
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  opl_workspace_show_view (workspace, "praktijk");
  opl_gui_test_spin ();

  row = find_traject_row (GTK_WIDGET (opl_workspace_get_praktijk_page (workspace)), "Daan Visser");
  g_assert_nonnull (row);
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_signal_emit_by_name (row, "activate");
  opl_gui_test_spin ();

  traject_page = opl_workspace_get_traject_page (workspace);
  g_assert_cmpstr (opl_workspace_get_visible_view (workspace), ==, "traject");
  g_assert_true (opl_traject_page_is_read_only (traject_page));
  g_assert_cmpstr (opl_traject_page_get_traject_id (traject_page), ==,
                   opl_traject_get_id (g_ptr_array_index (ended, 0)));

  /* Every form that opens is one the store lets Daan see: no one's private draft. */
  check_form_rows (store, daan, GTK_WIDGET (opl_traject_page_get_records_list (traject_page)), &n_forms);
  g_test_message ("%u forms on Daan's earlier traject", n_forms);

  /* Another aios's traject is not Daan's to open. */
  g_assert_false (opl_traject_page_show_ended_traject (traject_page, "no-such-traject"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/praktijk/new-aios-with-leave", test_new_aios_with_leave);
  g_test_add_func ("/opl/gui/praktijk/refused-at-the-field", test_refused_at_the_field);
  g_test_add_func ("/opl/gui/praktijk/edit-shows-moves", test_edit_shows_moves);
  g_test_add_func ("/opl/gui/praktijk/aios-reads", test_aios_reads);
  g_test_add_func ("/opl/gui/praktijk/earlier-trajecten-open", test_earlier_trajecten_open);
  g_test_add_func ("/opl/gui/praktijk/aios-opens-own-earlier-traject", test_aios_opens_own_earlier_traject);
  g_test_add_func ("/opl/gui/praktijk/person-changed-elsewhere", test_person_changed_elsewhere);
  g_test_add_func ("/opl/gui/praktijk/traject-changed-elsewhere", test_traject_changed_elsewhere);

  return g_test_run ();
}
