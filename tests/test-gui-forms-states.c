/* test-gui-forms-states.c: a form's way from its due moment to discussed, its new
 * version, and an institute's own definition, through the GUI (issue 5).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo practice on OPL_TODAY=2026-11-22 (see test-gui-forms.c). Buttons are
 * pressed with gtk_widget_activate(), what Enter and Space do; a dialog's answer with
 * gtk_widget_activate_default(), what Enter does; and the editor's actions are the
 * ones its buttons and shortcuts name.
 */

#include "config.h"

#include <string.h>

#include "opl-dashboard-page-private.h"
#include "opl-form-editor-private.h"
#include "opl-form-launcher.h"
#include "opl-forms-page-private.h"
#include "opl-gui-test-utils.h"
#include "opl-preferences-window.h"
#include "opl-scale-control.h"
#include "opl-store-forms.h"
#include "opl-store-institute.h"
#include "opl-test-utils.h"
#include "opl-traject-page-private.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

typedef struct
{
  char         *path;
  OplStore     *store;
  OplWindow    *window;
  OplWorkspace *workspace;
  OplTraject   *charlotte;
} Fixture;

static void
open_profile (Fixture    *fixture,
              const char *name)
{
  opl_window_open_profile (fixture->window, opl_person_get_id (opl_test_find_person (fixture->store, name)));
  fixture->workspace = OPL_WORKSPACE (opl_window_get_page (fixture->window, "workspace"));
  g_assert_nonnull (fixture->workspace);
  opl_gui_test_spin ();
}

static void
fixture_open (Fixture    *fixture,
              const char *db_name,
              const char *person)
{
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;

  fixture->path = opl_test_db_path (db_name);
  fixture->store = opl_test_demo_store (fixture->path);
  trajecten = opl_store_list_trajecten (fixture->store,
                                        opl_person_get_id (opl_test_find_person (fixture->store, "Charlotte Bakker")), &error);
  g_assert_no_error (error);
  fixture->charlotte = g_object_ref (g_ptr_array_index (trajecten, 0));
  fixture->window = opl_window_new (NULL, fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 768);
  opl_gui_test_show (GTK_WINDOW (fixture->window));
  open_profile (fixture, person);
}

static void
fixture_close (Fixture *fixture)
{
  opl_gui_test_destroy_other_windows (GTK_WINDOW (fixture->window));
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  opl_gui_test_spin ();
  g_clear_object (&fixture->charlotte);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
}

/* Enter on a button: activate, and wait for the button's ::clicked. */
static void
press (GtkWidget *button)
{
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  gtk_widget_grab_focus (button);
  g_assert_true (gtk_widget_activate (button));
  opl_gui_test_wait_ms (400);
}

/* Enter in the editor's confirmation. */
static void
confirm (OplFormEditor *editor)
{
  AdwMessageDialog *dialog = opl_form_editor_get_dialog (editor);

  g_assert_nonnull (dialog);
  gtk_widget_activate_default (GTK_WIDGET (dialog));
  opl_gui_test_wait_ms (400);
  g_assert_null (opl_form_editor_get_dialog (editor));
}

static gboolean
press_key (GtkWidget *widget,
           guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
          break;
        }
    }

  opl_gui_test_spin ();
  return handled;
}

static OplForm *
load_form (OplStore   *store,
           const char *form_id,
           const char *viewer)
{
  g_autoptr(GError) error = NULL;
  OplForm *form = opl_store_load_form (store, form_id, opl_person_get_id (opl_test_find_person (store, viewer)), &error);

  g_assert_no_error (error);
  return form;
}

static OplFormsPage *
show_forms (Fixture *fixture)
{
  OplFormsPage *page;

  opl_workspace_show_view (fixture->workspace, "formulieren");
  page = opl_workspace_get_forms_page (fixture->workspace);
  g_assert_true (opl_forms_page_select_traject (page, opl_traject_get_id (fixture->charlotte)));
  opl_forms_page_show_tab (page, "forms");
  opl_gui_test_spin ();
  return page;
}

/* Answers every unanswered required scale item of @editor with its first ranked
 * option, as the number keys do, and every required text with a line. */
static void
answer_the_rest (OplFormEditor *editor)
{
  OplForm *form = opl_form_editor_get_form (editor);
  g_autoptr(GPtrArray) missing = opl_form_get_missing (form);

  for (guint i = 0; i < missing->len; i++)
    {
      const OplFormItem *item = g_ptr_array_index (missing, i);
      OplFormItemRow *row = opl_form_editor_find_row (editor, item->id);
      GtkWidget *control = opl_form_item_row_get_control (row);

      if (item->type == OPL_FORM_ITEM_SCALE)
        {
          g_assert_true (gtk_widget_grab_focus (control));
          g_assert_true (press_key (control, GDK_KEY_2));
        }
      else
        {
          gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (control)), "Uitgewerkt in het leergesprek.",
                                    -1);
        }
    }
  g_assert_true (opl_form_editor_flush (editor));
}

/* Issue 5, 'Filling': "A form opens from its due moment on the dashboard or the
 * traject view, pre-filled". */
static void
test_open_from_dashboard_and_traject (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GPtrArray) forms = NULL;
  g_autoptr(GError) error = NULL;
  OplFormQuery query = OPL_FORM_QUERY_INIT;
  OplDashboardPage *dashboard;
  OplTrajectPage *traject;
  GtkWidget *row, *button, *editor;
  const char *draft_id = NULL;

  fixture_open (&fixture, "open.db", "Charlotte Bakker");

  query.traject_id = opl_traject_get_id (fixture.charlotte);
  query.kind = OPL_FORM_KIND_COMBEL;
  query.moment_month = 6;
  forms = opl_store_list_forms (fixture.store, &query, opl_person_get_id (opl_test_find_person (fixture.store, "Charlotte Bakker")),
                                &error);
  g_assert_no_error (error);
  for (guint i = 0; i < forms->len; i++)
    if (opl_form_get_author_role (g_ptr_array_index (forms, i)) == OPL_FORM_ROLE_AIOS)
      draft_id = opl_form_get_id (g_ptr_array_index (forms, i));
  g_assert_nonnull (draft_id);

  /* The aios's dashboard: her self-assessment's row has a Continue button. */
  dashboard = opl_workspace_get_dashboard (fixture.workspace);
  row = opl_gui_test_find_row (opl_dashboard_page_get_week_list (dashboard), "ComBel self-assessment", NULL);
  g_assert_nonnull (row);
  button = NULL;
  /* The row's suffixes: find the button by its label. */
  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, row);
    while (stack->len > 0 && button == NULL)
      {
        GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Continue") == 0)
          button = widget;
        for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
          g_ptr_array_add (stack, child);
      }
  }
  g_assert_nonnull (button);
  press (button);
  editor = opl_gui_test_find_window (OPL_TYPE_FORM_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpstr (opl_form_get_id (opl_form_editor_get_form (OPL_FORM_EDITOR (editor))), ==, draft_id);
  g_assert_true (gtk_widget_get_visible (opl_form_editor_get_action_button (OPL_FORM_EDITOR (editor), "finalize")));
  gtk_window_destroy (GTK_WINDOW (editor));
  opl_gui_test_spin ();

  /* The traject view: the discussed ComBel of month 3 opens, read-only. */
  opl_workspace_show_view (fixture.workspace, "traject");
  traject = opl_workspace_get_traject_page (fixture.workspace);
  opl_gui_test_spin ();
  row = opl_traject_page_find_moment_row (traject, OPL_MOMENT_COMBEL, 3);
  g_assert_nonnull (row);
  button = g_object_get_data (G_OBJECT (row), "opl-form-button");
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Open");
  press (button);
  editor = opl_gui_test_find_window (OPL_TYPE_FORM_EDITOR);
  g_assert_nonnull (editor);
  g_assert_cmpint (opl_form_get_state (opl_form_editor_get_form (OPL_FORM_EDITOR (editor))), ==,
                   OPL_FORM_STATE_DISCUSSED);
  g_assert_false (gtk_widget_get_visible (opl_form_editor_get_action_button (OPL_FORM_EDITOR (editor), "finalize")));
  g_assert_false (opl_form_item_row_focus_answer (opl_form_editor_find_row (OPL_FORM_EDITOR (editor), "mh-anamnese")));

  fixture_close (&fixture);
}

/* Issue 5, 'States': signing off needs every required item; the core's message says
 * which, and the form stays a draft. */
static void
test_incomplete_not_finalised (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplForm) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  OplPerson *charlotte;
  OplFormEditor *editor;
  AdwMessageDialog *dialog;
  const OplFormItem *first;

  fixture_open (&fixture, "incomplete.db", "Charlotte Bakker");
  charlotte = opl_test_find_person (fixture.store, "Charlotte Bakker");
  form = opl_form_launcher_find_or_create (fixture.store, charlotte, fixture.charlotte, OPL_FORM_KIND_COMBEL, 6, NULL,
                                           &error);
  g_assert_no_error (error);
  editor = OPL_FORM_EDITOR (opl_form_editor_new (fixture.store, charlotte, fixture.charlotte, form));
  opl_gui_test_show (GTK_WINDOW (editor));
  missing = opl_form_get_missing (form);
  g_assert_cmpuint (missing->len, >, 0);
  first = g_ptr_array_index (missing, 0);

  press (opl_form_editor_get_action_button (editor, "finalize"));
  dialog = opl_form_editor_get_dialog (editor);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Not Ready to Finalise");
  g_assert_true (g_str_has_prefix (opl_form_editor_get_last_message (editor),
                                   missing->len == 1 ? "1 required item has no answer yet: " : ""));
  g_assert_nonnull (strstr (opl_form_editor_get_last_message (editor), first->text));

  /* Enter: to the first missing item. */
  gtk_widget_activate_default (GTK_WIDGET (dialog));
  opl_gui_test_wait_ms (400);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (editor)) ==
                 opl_form_item_row_get_control (opl_form_editor_find_row (editor, first->id)));

  stored = load_form (fixture.store, opl_form_get_id (form), "Charlotte Bakker");
  g_assert_cmpint (opl_form_get_state (stored), ==, OPL_FORM_STATE_DRAFT);

  gtk_window_destroy (GTK_WINDOW (editor));
  fixture_close (&fixture);
}

/* design.md §7 and issue 5: the aios finalises and shares her self-assessment; then
 * the opleider sees it, and marks it discussed. */
static void
test_share_and_discuss (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *form_id = NULL;
  OplPerson *charlotte;
  OplFormsPage *page;
  OplFormEditor *editor;
  GtkWidget *row;

  fixture_open (&fixture, "share.db", "Charlotte Bakker");
  charlotte = opl_test_find_person (fixture.store, "Charlotte Bakker");
  form = opl_form_launcher_find_or_create (fixture.store, charlotte, fixture.charlotte, OPL_FORM_KIND_COMBEL, 6, NULL,
                                           &error);
  g_assert_no_error (error);
  form_id = g_strdup (opl_form_get_id (form));
  editor = OPL_FORM_EDITOR (opl_form_editor_new (fixture.store, charlotte, fixture.charlotte, form));
  opl_gui_test_show (GTK_WINDOW (editor));

  /* Issue 19: "Finalise…" and "Share with your opleiders…" are not two equal suggested
   * buttons: the next step (Finalise) is, Share is not; once final, Share is. */
  g_assert_true (gtk_widget_get_visible (opl_form_editor_get_action_button (editor, "share")));
  g_assert_true (gtk_widget_has_css_class (opl_form_editor_get_action_button (editor, "finalize"), "suggested-action"));
  g_assert_false (gtk_widget_has_css_class (opl_form_editor_get_action_button (editor, "share"), "suggested-action"));

  answer_the_rest (editor);
  press (opl_form_editor_get_action_button (editor, "finalize"));
  confirm (editor);
  g_assert_cmpint (opl_form_get_state (opl_form_editor_get_form (editor)), ==, OPL_FORM_STATE_FINAL);
  g_assert_true (gtk_widget_has_css_class (opl_form_editor_get_action_button (editor, "share"), "suggested-action"));

  /* Final, but private still: Anna does not see it yet. */
  other = opl_test_open_store (fixture.path);
  {
    g_autoptr(OplForm) seen = load_form (other, form_id, "Anna de Vries");

    g_assert_true (opl_form_is_redacted (seen));
  }

  press (opl_form_editor_get_action_button (editor, "share"));
  confirm (editor);
  g_assert_true (opl_form_is_shared (opl_form_editor_get_form (editor)));
  g_assert_false (gtk_widget_get_visible (opl_form_editor_get_action_button (editor, "share")));
  {
    g_autoptr(OplForm) seen = load_form (other, form_id, "Anna de Vries");

    g_assert_false (opl_form_is_redacted (seen));
    g_assert_cmpint (opl_form_get_state (seen), ==, OPL_FORM_STATE_FINAL);
    g_assert_cmpstr (opl_form_get_value (seen, "mh-anamnese"), ==,
                     opl_form_get_value (opl_form_editor_get_form (editor), "mh-anamnese"));
  }
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Anna: among the final forms now, opened from its row, marked discussed. */
  open_profile (&fixture, "Anna de Vries");
  page = show_forms (&fixture);
  g_assert_null (opl_gui_test_find_row (opl_forms_page_get_list (page, "pending"), "ComBel", "training month 6"));
  row = opl_gui_test_find_row (opl_forms_page_get_list (page, "final"), "ComBel", "Zelfbeoordeling · training month 6");
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));
  opl_gui_test_spin ();
  editor = OPL_FORM_EDITOR (opl_gui_test_find_window (OPL_TYPE_FORM_EDITOR));
  g_assert_nonnull (editor);
  g_assert_cmpstr (opl_form_get_id (opl_form_editor_get_form (editor)), ==, form_id);
  g_assert_false (opl_form_item_row_focus_answer (opl_form_editor_find_row (editor, "mh-anamnese")));

  press (opl_form_editor_get_action_button (editor, "mark-discussed"));
  g_assert_nonnull (opl_form_editor_get_dialog_date (editor));
  confirm (editor);
  {
    g_autoptr(OplForm) seen = load_form (other, form_id, "Anna de Vries");
    GDate today;

    opl_test_fixed_today (&today);
    g_assert_cmpint (opl_form_get_state (seen), ==, OPL_FORM_STATE_DISCUSSED);
    g_assert_cmpint (g_date_compare (opl_form_get_discussed_on (seen), &today), ==, 0);
  }

  fixture_close (&fixture);
}

/* Issue 5, 'States': "A final form can only be changed by a new version that keeps
 * the old one." */
static void
test_new_version_keeps_the_old (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplForm) old = NULL;
  g_autoptr(OplStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_id = NULL;
  g_autofree char *old_value = NULL;
  OplPerson *anna;
  OplFormEditor *editor;
  OplForm *fresh;
  GtkWidget *control;

  fixture_open (&fixture, "version.db", "Anna de Vries");
  anna = opl_test_find_person (fixture.store, "Anna de Vries");
  form = opl_form_launcher_find_or_create (fixture.store, anna, fixture.charlotte, OPL_FORM_KIND_COMBEL, 3, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_form_get_state (form), ==, OPL_FORM_STATE_DISCUSSED);
  old_id = g_strdup (opl_form_get_id (form));
  old_value = g_strdup (opl_form_get_value (form, "co-besluit"));

  editor = OPL_FORM_EDITOR (opl_form_editor_new (fixture.store, anna, fixture.charlotte, form));
  opl_gui_test_show (GTK_WINDOW (editor));
  press (opl_form_editor_get_action_button (editor, "new-version"));
  confirm (editor);

  fresh = opl_form_editor_get_form (editor);
  g_assert_cmpstr (opl_form_get_id (fresh), !=, old_id);
  g_assert_cmpint (opl_form_get_state (fresh), ==, OPL_FORM_STATE_DRAFT);
  g_assert_cmpint (opl_form_get_version_number (fresh), ==, 2);
  g_assert_cmpstr (opl_form_get_supersedes (fresh), ==, old_id);
  g_assert_cmpstr (opl_form_get_value (fresh, "co-besluit"), ==, old_value);

  /* Changed in the new version only. */
  control = opl_form_item_row_get_control (opl_form_editor_find_row (editor, "co-besluit"));
  g_assert_true (gtk_widget_grab_focus (control));
  g_assert_true (press_key (control, g_strcmp0 (old_value, "goed") == 0 ? GDK_KEY_1 : GDK_KEY_3));

  other = opl_test_open_store (fixture.path);
  old = load_form (other, old_id, "Anna de Vries");
  g_assert_cmpint (opl_form_get_state (old), ==, OPL_FORM_STATE_DISCUSSED);
  g_assert_cmpstr (opl_form_get_value (old, "co-besluit"), ==, old_value);
  g_assert_cmpstr (opl_form_get_superseded_by (old), ==, opl_form_get_id (fresh));
  {
    g_autoptr(OplForm) seen = load_form (other, opl_form_get_id (fresh), "Anna de Vries");

    g_assert_cmpstr (opl_form_get_value (seen, "co-besluit"), !=, old_value);
  }

  /* The header offers the earlier version, to read. */
  g_assert_nonnull (opl_gui_test_row_subtitle (opl_form_editor_get_header_list (editor), "Version 2"));

  gtk_window_destroy (GTK_WINDOW (editor));
  fixture_close (&fixture);
}

/* The first button in @widget's subtree whose tooltip is @tooltip. */
static GtkWidget *
find_button_by_tooltip (GtkWidget  *widget,
                        const char *tooltip)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_by_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Issue 5, 'Form definitions are data': an institute loads its own definition file
 * in the preferences; a malformed one is refused with a message naming the file and
 * the problem; a good one with a higher version is used for new forms, on every PC of
 * the practice (R1: it is kept in the practice database, design.md §1/§4); removed
 * from the offer after a confirmation, new forms get the shipped one again and the
 * form filled with it keeps it. */
static void
test_institute_definition (void)
{
  Fixture fixture = { 0 };
  g_autofree char *broken_path = NULL;
  g_autofree char *good_path = NULL;
  g_autofree char *good_text = NULL;
  g_autoptr(GFile) broken = NULL;
  g_autoptr(GFile) good = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplForm) later = NULL;
  g_autoptr(OplForm) kept = NULL;
  g_autoptr(OplStore) other_pc = NULL;
  OplFormDefinition *shipped;
  OplPreferencesWindow *preferences;
  OplPreferencesWindow *other_preferences;
  AdwMessageDialog *dialog;
  GtkWidget *row;
  GtkWidget *remove;
  g_auto(GStrv) parts = NULL;

  fixture_open (&fixture, "institute.db", "Anna de Vries");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.workspace), "workspace.show-preferences", NULL));
  opl_gui_test_spin ();
  preferences = OPL_PREFERENCES_WINDOW (opl_gui_test_find_window (OPL_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (preferences);
  row = opl_gui_test_find_row (opl_preferences_window_get_definitions (preferences),
                           "ComBel: competentiebeoordeling", "combel, version 1 · shipped with the app");
  g_assert_nonnull (row);
  /* A shipped definition cannot be removed. */
  g_assert_null (find_button_by_tooltip (row, "Remove From the Offer"));

  /* A file with a typo: refused, with its name and what is wrong. */
  broken_path = g_build_filename (g_get_tmp_dir (), "broken-combel.json", NULL);
  opl_test_write_file (broken_path, "{ \"format\": 1, \"id\": \"combel\", \"version\": 2, \"requried\": true }", -1);
  broken = g_file_new_for_path (broken_path);
  g_assert_false (opl_preferences_window_load_definition (preferences, broken));
  dialog = opl_preferences_window_get_error_dialog (preferences);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Definition Not Loaded");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "broken-combel.json"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "requried"));
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, opl_preferences_window_get_last_message (preferences));
  gtk_window_destroy (GTK_WINDOW (dialog));
  opl_gui_test_spin ();
  g_assert_cmpint (opl_test_count (opl_store_get_database (fixture.store),
                                   "SELECT count(*) FROM practice_form_definition"), ==, 0);

  /* The institute's ComBel, version 2: used for new forms from now on. */
  shipped = opl_form_registry_get_current (opl_store_get_form_registry (fixture.store), OPL_FORM_KIND_COMBEL);
  parts = g_strsplit (opl_form_definition_get_json (shipped), "\"version\": 1,", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  good_text = g_strjoin ("\"version\": 2,", parts[0], parts[1], NULL);
  good_path = g_build_filename (g_get_tmp_dir (), "combel-instituut.json", NULL);
  opl_test_write_file (good_path, good_text, -1);
  good = g_file_new_for_path (good_path);
  g_assert_true (opl_preferences_window_load_definition (preferences, good));
  g_assert_cmpstr (opl_preferences_window_get_last_message (preferences), ==,
                   "Loaded “ComBel: competentiebeoordeling”, version 2");
  row = opl_gui_test_find_row (opl_preferences_window_get_definitions (preferences), "ComBel: competentiebeoordeling",
                           "combel, version 2 · from combel-instituut.json");
  g_assert_nonnull (row);

  /* A new form now: version 2. */
  form = opl_form_launcher_find_or_create (fixture.store, opl_test_find_person (fixture.store, "Anna de Vries"),
                                           fixture.charlotte, OPL_FORM_KIND_COMBEL, 6, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_form_definition_get_version (opl_form_get_definition (form)), ==, 2);

  /* Another PC of the practice offers it too: no file copied anywhere. */
  other_pc = opl_test_open_store_as (fixture.path, "Bram Jansen");
  g_assert_cmpint (opl_form_definition_get_version (opl_form_registry_get_current (opl_store_get_form_registry (other_pc),
                                                                                   OPL_FORM_KIND_COMBEL)), ==, 2);
  other_preferences = OPL_PREFERENCES_WINDOW (opl_preferences_window_new (other_pc));
  g_assert_nonnull (opl_gui_test_find_row (opl_preferences_window_get_definitions (other_preferences),
                                       "ComBel: competentiebeoordeling", "from combel-instituut.json"));
  gtk_window_destroy (GTK_WINDOW (other_preferences));

  /* Removed from the offer, after a question whose default is to keep it. The window
   * rebuilds its rows when the form is made (it follows the store): look again. */
  opl_gui_test_spin ();
  row = opl_gui_test_find_row (opl_preferences_window_get_definitions (preferences), "ComBel: competentiebeoordeling",
                           "combel, version 2 · from combel-instituut.json");
  g_assert_nonnull (row);
  remove = find_button_by_tooltip (row, "Remove From the Offer");
  g_assert_nonnull (remove);
  press (remove);
  dialog = opl_preferences_window_get_confirm_dialog (preferences);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Remove Definition?");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  adw_message_dialog_response (dialog, "cancel");
  opl_gui_test_spin ();
  g_assert_nonnull (opl_gui_test_find_row (opl_preferences_window_get_definitions (preferences),
                                       "ComBel: competentiebeoordeling", "combel, version 2"));

  press (find_button_by_tooltip (GTK_WIDGET (opl_preferences_window_get_definitions (preferences)),
                                 "Remove From the Offer"));
  dialog = opl_preferences_window_get_confirm_dialog (preferences);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "remove");
  opl_gui_test_spin ();
  g_assert_cmpstr (opl_preferences_window_get_last_message (preferences), ==,
                   "Removed “ComBel: competentiebeoordeling”, version 2");
  g_assert_null (opl_gui_test_find_row (opl_preferences_window_get_definitions (preferences),
                                    "ComBel: competentiebeoordeling", "combel, version 2"));
  g_assert_nonnull (opl_gui_test_find_row (opl_preferences_window_get_definitions (preferences),
                                       "ComBel: competentiebeoordeling", "combel, version 1"));

  /* New forms get version 1 again; the form filled with version 2 keeps it. */
  later = opl_form_launcher_find_or_create (fixture.store, opl_test_find_person (fixture.store, "Anna de Vries"),
                                            fixture.charlotte, OPL_FORM_KIND_COMBEL, 9, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_form_definition_get_version (opl_form_get_definition (later)), ==, 1);
  kept = load_form (other_pc, opl_form_get_id (form), "Anna de Vries");
  g_assert_cmpint (opl_form_definition_get_version (opl_form_get_definition (kept)), ==, 2);

  fixture_close (&fixture);
}

/* Issue 5, 'Filling': autosave "through the store", and the brief's "errors from core
 * shown". The draft is deleted by another process while it is open: the next answer
 * is refused with the store's words, the window does not close the first time (the
 * answer would be lost unseen), and closes the second. */
static void
test_autosave_refused (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplForm) theirs = NULL;
  g_autoptr(OplStore) other = NULL;
  g_autoptr(GError) error = NULL;
  OplPerson *anna;
  OplFormEditor *editor;
  GtkWidget *control;

  fixture_open (&fixture, "refused.db", "Anna de Vries");
  anna = opl_test_find_person (fixture.store, "Anna de Vries");
  form = opl_form_launcher_find_or_create (fixture.store, anna, fixture.charlotte, OPL_FORM_KIND_COMBEL, 6, NULL, &error);
  g_assert_no_error (error);
  editor = OPL_FORM_EDITOR (opl_form_editor_new (fixture.store, anna, fixture.charlotte, form));
  g_object_ref (editor);
  opl_gui_test_show (GTK_WINDOW (editor));

  other = opl_test_open_store (fixture.path);
  theirs = load_form (other, opl_form_get_id (form), "Anna de Vries");
  g_assert_true (opl_store_discard_form_draft (other, theirs, opl_person_get_id (anna), &error));
  g_assert_no_error (error);

  control = opl_form_item_row_get_control (opl_form_editor_find_row (editor, "mh-anamnese"));
  g_assert_true (gtk_widget_grab_focus (control));
  g_assert_true (press_key (control, GDK_KEY_2));
  g_assert_true (g_str_has_prefix (opl_form_editor_get_last_message (editor), "Not saved: "));
  g_assert_cmpuint (opl_form_editor_get_n_pending (editor), ==, 1);

  gtk_window_close (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_assert_cmpstr (opl_form_editor_get_last_message (editor), ==,
                   "Some answers were not saved; close again to close anyway");

  gtk_window_close (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (editor)));
  g_object_unref (editor);

  fixture_close (&fixture);
}

int
main (int    argc,
      char **argv)
{
  /* These tests look at widgets and the store, not at pixels (see test-gui-forms.c). */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/forms/open-from-dashboard-and-traject", test_open_from_dashboard_and_traject);
  g_test_add_func ("/opl/gui/forms/incomplete-not-finalised", test_incomplete_not_finalised);
  g_test_add_func ("/opl/gui/forms/share-and-discuss", test_share_and_discuss);
  g_test_add_func ("/opl/gui/forms/new-version-keeps-the-old", test_new_version_keeps_the_old);
  g_test_add_func ("/opl/gui/forms/institute-definition", test_institute_definition);
  g_test_add_func ("/opl/gui/forms/autosave-refused", test_autosave_refused);

  return g_test_run ();
}
