/* test-gui-forms.c: the Formulieren GUI (issue 5), driven as a person would, with the
 * answers read back from the store, often through a second connection.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The demo practice on OPL_TODAY=2026-11-22: Charlotte Bakker (fase I, month 5) with
 * Anna de Vries and Bram Jansen as opleiders; her ComBel of month 3 is discussed (the
 * self-assessment and Anna's assessment, 5 items differ), her self-assessment of
 * month 6 is a private draft, 15 KPB/KVB and 7 diensten are recorded. Daan Visser is
 * in fase II.
 *
 * The keyboard: GTK 4 has no public way to make a key event, so the tests do what the
 * keys do, step by step:
 * - Tab: gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD), which is what GtkWindow
 *   runs for Tab (its move-focus binding);
 * - a key on the focused widget: the "key-pressed" signal of that widget's
 *   GtkEventControllerKey, with the key's keyval, which is what GTK emits for it;
 * - Enter or Space on a focused button: gtk_widget_activate(), what their bindings do;
 * - Enter in a dialog: gtk_widget_activate_default(), the default widget's binding;
 * - Ctrl+Enter in the form editor: the form.go-to-summary action its binding names.
 * The other tests type into entries and choose in combo rows through the widgets'
 * own setters, as a person's typing would; none calls the store for the person.
 */

#include "config.h"

#include <string.h>

#include "opl-combel-compare-private.h"
#include "opl-date.h"
#include "opl-dashboard-page-private.h"
#include "opl-dienst-dialog-private.h"
#include "opl-form-launcher.h"
#include "opl-form-editor-private.h"
#include "opl-forms-page-private.h"
#include "opl-gui-test-utils.h"
#include "opl-kpb-dialog-private.h"
#include "opl-preferences-window.h"
#include "opl-scale-control.h"
#include "opl-store-forms.h"
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

static OplTraject *
current_traject_of (OplStore   *store,
                    const char *aios)
{
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;

  trajecten = opl_store_list_trajecten (store, opl_person_get_id (opl_test_find_person (store, aios)), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trajecten->len, >, 0);
  return g_object_ref (g_ptr_array_index (trajecten, 0));
}

static void
fixture_open (Fixture    *fixture,
              const char *db_name,
              const char *person)
{
  fixture->path = opl_test_db_path (db_name);
  fixture->store = opl_test_demo_store (fixture->path);
  fixture->charlotte = current_traject_of (fixture->store, "Charlotte Bakker");
  fixture->window = opl_window_new (NULL, fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 768);
  opl_gui_test_show (GTK_WINDOW (fixture->window));

  opl_window_open_profile (fixture->window, opl_person_get_id (opl_test_find_person (fixture->store, person)));
  fixture->workspace = OPL_WORKSPACE (opl_window_get_page (fixture->window, "workspace"));
  g_assert_nonnull (fixture->workspace);
  opl_gui_test_spin ();
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

static GtkWidget *
get_focus (GtkWidget *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* Tab, as GtkWindow does it for the key. */
static GtkWidget *
press_tab (GtkWidget *window)
{
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
  opl_gui_test_spin ();
  return get_focus (window);
}

/* A key on the focused widget: its key controller's "key-pressed", as GTK emits it. */
static gboolean
press_key (GtkWidget      *widget,
           guint           keyval,
           GdkModifierType state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        {
          g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
          break;
        }
    }

  opl_gui_test_spin ();
  return handled;
}

/* Enter or Space on a focused button: gtk_widget_activate(), as their bindings do. A
 * button shows itself pressed for a moment and then emits ::clicked: wait for it. */
static void
press_enter_on (GtkWidget *button)
{
  g_assert_true (gtk_widget_has_focus (button));
  g_assert_true (gtk_widget_activate (button));
  opl_gui_test_wait_ms (400);
}

static OplForm *
load_form (OplStore   *store,
           const char *form_id,
           const char *viewer)
{
  g_autoptr(GError) error = NULL;
  OplForm *form = opl_store_load_form (store, form_id, opl_person_get_id (opl_test_find_person (store, viewer)), &error);

  g_assert_no_error (error);
  g_assert_nonnull (form);
  return form;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
count_action_rows (GtkWidget *widget)
{
  guint n = ADW_IS_ACTION_ROW (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_action_rows (child);

  return n;
}

static OplFormsPage *
show_forms (Fixture    *fixture,
            const char *tab)
{
  OplFormsPage *page;

  opl_workspace_show_view (fixture->workspace, "formulieren");
  page = opl_workspace_get_forms_page (fixture->workspace);
  g_assert_nonnull (page);
  g_assert_true (opl_forms_page_select_traject (page, opl_traject_get_id (fixture->charlotte)));
  opl_forms_page_show_tab (page, tab);
  opl_gui_test_spin ();
  return page;
}

/* The value of a scale option's label in @item's scale. */
static const char *
option_value (OplForm    *form,
              const char *item_id,
              guint       index)
{
  const OplFormItem *item = opl_form_definition_lookup_item (opl_form_get_definition (form), item_id, NULL);

  g_assert_nonnull (item);
  g_assert_nonnull (item->scale);
  g_assert_cmpuint (index, <, item->scale->n_options);
  return item->scale->options[index].value;
}

/* Issue 5, 'Tests': "widget tests that fill and finalise a ComBel with the keyboard
 * alone". Anna opens her assessment of Charlotte's month-6 ComBel from its due row,
 * answers every item with a number key, moves on with Down, goes to the summary
 * (Ctrl+Enter), finalises with Enter and confirms with Enter. */
static void
test_combel_by_keyboard (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplStore) other = NULL;
  g_autoptr(OplForm) stored = NULL;
  OplFormsPage *page;
  GtkWidget *row, *button, *editor, *focus, *dialog;
  OplFormEditor *form_editor;
  OplForm *form;
  guint n_scale_items = 0;
  GDate today;

  fixture_open (&fixture, "keyboard.db", "Anna de Vries");
  page = show_forms (&fixture, "forms");

  /* The due row of the opleider's assessment has a Fill In button for the mouse; the
   * row and its button are one Tab stop, the row, which does what the button does
   * (issue 19: "A list row and its own button are two Tab stops"); Enter activates it. */
  row = opl_gui_test_find_row (opl_forms_page_get_list (page, "due"), "ComBel", "Beoordeling door de opleider");
  g_assert_nonnull (row);
  button = g_object_get_data (G_OBJECT (row), "opl-button");
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "Fill In");
  g_assert_false (gtk_widget_get_focusable (button));
  g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==,
                   gtk_actionable_get_action_name (GTK_ACTIONABLE (button)));
  g_assert_true (gtk_widget_grab_focus (row));
  press_enter_on (row);

  editor = opl_gui_test_find_window (OPL_TYPE_FORM_EDITOR);
  g_assert_nonnull (editor);
  form_editor = OPL_FORM_EDITOR (editor);
  form = opl_form_editor_get_form (form_editor);
  g_assert_cmpint (opl_form_get_state (form), ==, OPL_FORM_STATE_DRAFT);
  g_assert_cmpint (opl_form_get_moment_month (form), ==, 6);
  g_assert_cmpstr (opl_form_get_author_id (form), ==, opl_person_get_id (opl_test_find_person (fixture.store, "Anna de Vries")));
  opl_gui_test_show (GTK_WINDOW (editor));

  /* Pre-filled header: the aios, who fills it in, the moment and the date. */
  g_assert_cmpstr (opl_gui_test_row_subtitle (opl_form_editor_get_header_list (form_editor), "Aios"), ==,
                   "Charlotte Bakker");
  g_assert_cmpstr (opl_gui_test_row_subtitle (opl_form_editor_get_header_list (form_editor), "Filled in by"), ==,
                   "Anna de Vries · opleider");
  g_assert_cmpstr (opl_gui_test_row_subtitle (opl_form_editor_get_header_list (form_editor), "Moment"), ==,
                   "ComBel, training month 6 · due 1 January 2027");
  g_assert_cmpstr (opl_gui_test_row_subtitle (opl_form_editor_get_header_list (form_editor), "Date"), ==,
                   "22 November 2026");

  /* The editor opens with the keyboard on the first item without an answer. */
  focus = get_focus (editor);
  g_assert_true (OPL_IS_SCALE_CONTROL (focus));
  g_assert_true (focus == opl_form_item_row_get_control (opl_form_editor_find_row (form_editor, "mh-anamnese")));

  /* Every scale item: 2 (Voldoende), 3 (Goed) on communicatie, then Down. */
  while (OPL_IS_SCALE_CONTROL (focus))
    {
      OplFormItemRow *item_row = OPL_FORM_ITEM_ROW (gtk_widget_get_ancestor (focus, OPL_TYPE_FORM_ITEM_ROW));
      const char *item_id = opl_form_item_row_get_item (item_row)->id;
      guint key = g_str_has_prefix (item_id, "co-") ? GDK_KEY_3 : GDK_KEY_2;

      g_assert_true (press_key (focus, key, 0));
      g_assert_cmpstr (opl_scale_control_get_value (OPL_SCALE_CONTROL (focus)), ==,
                       option_value (form, item_id, key - GDK_KEY_1));
      n_scale_items++;

      g_assert_true (press_key (focus, GDK_KEY_Down, 0));
      focus = get_focus (editor);
    }
  g_assert_cmpuint (n_scale_items, ==, 22);

  /* Past the last scale item: the free texts (optional for the opleider). */
  g_assert_true (GTK_IS_TEXT_VIEW (focus));

  /* Ctrl+Enter in this multi-line field: to the summary, not a newline (issue 19), where
   * Finalise has the focus; nothing is missing. */
  g_assert_true (opl_gui_test_run_capture_shortcut (editor, GDK_KEY_Return, GDK_CONTROL_MASK));
  opl_gui_test_spin ();
  focus = get_focus (editor);
  g_assert_true (focus == opl_form_editor_get_action_button (form_editor, "finalize"));
  g_assert_cmpstr (opl_gui_test_row_subtitle (opl_form_editor_get_summary_list (form_editor), "Answered"), ==,
                   "22 of 22 required items · 22 answers in all");
  g_assert_cmpstr (opl_gui_test_row_subtitle (opl_form_editor_get_summary_list (form_editor), "Beoordeling"), ==,
                   "Onvoldoende 0 · Voldoende 19 · Goed 3 · n.v.t. / niet te beoordelen 0");

  /* Enter on Finalise asks; Enter in the dialog signs off today. */
  press_enter_on (focus);
  dialog = GTK_WIDGET (opl_form_editor_get_dialog (form_editor));
  g_assert_nonnull (dialog);
  g_assert_true (GTK_IS_BUTTON (gtk_root_get_focus (GTK_ROOT (dialog))));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (gtk_root_get_focus (GTK_ROOT (dialog)))), ==, "_Finalise");
  gtk_widget_activate_default (dialog);
  opl_gui_test_wait_ms (400);
  g_assert_null (opl_form_editor_get_dialog (form_editor));

  /* Final in this window, read-only now, and in the store as another process sees it. */
  form = opl_form_editor_get_form (form_editor);
  g_assert_cmpint (opl_form_get_state (form), ==, OPL_FORM_STATE_FINAL);
  g_assert_false (gtk_widget_get_visible (opl_form_editor_get_action_button (form_editor, "finalize")));
  g_assert_false (opl_form_item_row_focus_answer (opl_form_editor_find_row (form_editor, "mh-anamnese")));

  other = opl_test_open_store (fixture.path);
  stored = load_form (other, opl_form_get_id (form), "Anna de Vries");
  opl_test_fixed_today (&today);
  g_assert_cmpint (opl_form_get_state (stored), ==, OPL_FORM_STATE_FINAL);
  g_assert_cmpint (g_date_compare (opl_form_get_finalized_on (stored), &today), ==, 0);
  g_assert_cmpstr (opl_form_get_value (stored, "mh-anamnese"), ==, "voldoende");
  g_assert_cmpstr (opl_form_get_value (stored, "co-uitleg"), ==, "goed");
  g_assert_cmpuint (opl_form_get_n_answered (stored), ==, 22);

  fixture_close (&fixture);
}

/* The scale's own keys: arrows along the scale, 0 and Delete clear, a number beyond
 * the scale changes nothing; Up goes back to the previous item. */
static void
test_scale_keys (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplForm) form = NULL;
  g_autoptr(GError) error = NULL;
  OplFormEditor *editor;
  GtkWidget *first, *second;

  fixture_open (&fixture, "scale-keys.db", "Anna de Vries");
  form = opl_form_launcher_find_or_create (fixture.store, opl_test_find_person (fixture.store, "Anna de Vries"),
                                           fixture.charlotte, OPL_FORM_KIND_COMBEL, 6, NULL, &error);
  g_assert_no_error (error);
  editor = OPL_FORM_EDITOR (opl_form_editor_new (fixture.store, opl_test_find_person (fixture.store, "Anna de Vries"),
                                                 fixture.charlotte, form));
  opl_gui_test_show (GTK_WINDOW (editor));

  first = opl_form_item_row_get_control (opl_form_editor_find_row (editor, "mh-anamnese"));
  second = opl_form_item_row_get_control (opl_form_editor_find_row (editor, "mh-onderzoek"));
  g_assert_true (gtk_widget_grab_focus (first));

  g_assert_true (press_key (first, GDK_KEY_Right, 0));
  g_assert_cmpstr (opl_scale_control_get_value (OPL_SCALE_CONTROL (first)), ==, "onvoldoende");
  g_assert_true (press_key (first, GDK_KEY_Right, 0));
  g_assert_cmpstr (opl_scale_control_get_value (OPL_SCALE_CONTROL (first)), ==, "voldoende");
  g_assert_true (press_key (first, GDK_KEY_End, 0));
  g_assert_cmpstr (opl_scale_control_get_value (OPL_SCALE_CONTROL (first)), ==, "nvt");
  g_assert_true (press_key (first, GDK_KEY_9, 0));
  g_assert_cmpstr (opl_scale_control_get_value (OPL_SCALE_CONTROL (first)), ==, "nvt");
  g_assert_true (press_key (first, GDK_KEY_Delete, 0));
  g_assert_null (opl_scale_control_get_value (OPL_SCALE_CONTROL (first)));
  g_assert_null (opl_form_get_value (opl_form_editor_get_form (editor), "mh-anamnese"));

  g_assert_true (press_key (first, GDK_KEY_Down, 0));
  g_assert_true (get_focus (GTK_WIDGET (editor)) == second);
  g_assert_true (press_key (second, GDK_KEY_1, 0));
  g_assert_cmpstr (opl_form_get_value (opl_form_editor_get_form (editor), "mh-onderzoek"), ==, "onvoldoende");

  /* Issue 19: "clicking the chosen value of a scale clears it without a word": a click
   * on it keeps it, and its tooltip says how to clear it. */
  {
    GtkWidget *chosen = opl_scale_control_get_option_button (OPL_SCALE_CONTROL (second), 0);

    g_signal_emit_by_name (chosen, "clicked");
    opl_gui_test_spin ();
    g_assert_cmpstr (opl_scale_control_get_value (OPL_SCALE_CONTROL (second)), ==, "onvoldoende");
    g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (chosen)));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (chosen), ==, "Onvoldoende, chosen (0 or Delete clears the answer)");
    g_assert_cmpstr (opl_form_get_value (opl_form_editor_get_form (editor), "mh-onderzoek"), ==, "onvoldoende");
  }
  g_assert_true (press_key (second, GDK_KEY_Up, 0));
  g_assert_true (get_focus (GTK_WIDGET (editor)) == first);

  /* One focus stop per scale: Tab leaves the scale for the item's note. */
  g_assert_true (GTK_IS_WIDGET (press_tab (GTK_WIDGET (editor))));
  g_assert_false (OPL_IS_SCALE_CONTROL (get_focus (GTK_WIDGET (editor))));
  g_assert_true (gtk_widget_is_ancestor (get_focus (GTK_WIDGET (editor)),
                                         GTK_WIDGET (opl_form_editor_find_row (editor, "mh-anamnese"))));

  gtk_window_destroy (GTK_WINDOW (editor));
  fixture_close (&fixture);
}

/* Issue 5, 'Filling': "autosave of the draft on every change". A scale answer is in
 * the store at once, a text once the typing pauses, and what waits is saved when
 * the window closes; another connection sees all of it. */
static void
test_autosave_second_connection (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *form_id = NULL;
  OplPerson *charlotte;
  OplFormEditor *editor;
  OplFormItemRow *row;
  GtkWidget *control;

  fixture_open (&fixture, "autosave.db", "Charlotte Bakker");
  charlotte = opl_test_find_person (fixture.store, "Charlotte Bakker");
  form = opl_form_launcher_find_or_create (fixture.store, charlotte, fixture.charlotte, OPL_FORM_KIND_COMBEL, 6,
                                           NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (opl_form_get_state (form), ==, OPL_FORM_STATE_DRAFT);
  form_id = g_strdup (opl_form_get_id (form));
  editor = OPL_FORM_EDITOR (opl_form_editor_new (fixture.store, charlotte, fixture.charlotte, form));
  opl_gui_test_show (GTK_WINDOW (editor));
  other = opl_test_open_store (fixture.path);

  /* A scale: saved at once. */
  row = opl_form_editor_find_row (editor, "pr-ethiek");
  control = opl_form_item_row_get_control (row);
  g_assert_true (gtk_widget_grab_focus (control));
  g_assert_true (press_key (control, GDK_KEY_3, 0));
  g_assert_cmpuint (opl_form_editor_get_n_pending (editor), ==, 0);
  {
    g_autoptr(OplForm) seen = load_form (other, form_id, "Charlotte Bakker");

    g_assert_cmpstr (opl_form_get_value (seen, "pr-ethiek"), ==, "goed");
  }

  /* A text: saved when the typing pauses. */
  row = opl_form_editor_find_row (editor, "leerdoel-1");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (opl_form_item_row_get_control (row))),
                            "Zelfstandig een spreekuur van vier patiënten per uur", -1);
  g_assert_cmpuint (opl_form_editor_get_n_pending (editor), ==, 1);
  opl_gui_test_wait_ms (OPL_FORM_EDITOR_SAVE_DELAY_MS + 200);
  g_assert_cmpuint (opl_form_editor_get_n_pending (editor), ==, 0);
  {
    g_autoptr(OplForm) seen = load_form (other, form_id, "Charlotte Bakker");

    g_assert_cmpstr (opl_form_get_value (seen, "leerdoel-1"), ==,
                     "Zelfstandig een spreekuur van vier patiënten per uur");
  }

  /* A note typed just before closing: saved by the close. */
  row = opl_form_editor_find_row (editor, "mh-spoed");
  gtk_expander_set_expanded (opl_form_item_row_get_note_expander (row), TRUE);
  gtk_editable_set_text (opl_form_item_row_get_note_entry (row), "Bij de ABCDE-casus goed gedaan");
  g_assert_cmpuint (opl_form_editor_get_n_pending (editor), ==, 1);
  gtk_window_close (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  {
    g_autoptr(OplForm) seen = load_form (other, form_id, "Charlotte Bakker");

    g_assert_cmpstr (opl_form_get_note (seen, "mh-spoed"), ==, "Bij de ABCDE-casus goed gedaan");
    g_assert_cmpint (opl_form_get_state (seen), ==, OPL_FORM_STATE_DRAFT);
  }

  fixture_close (&fixture);
}

/* design.md §7, issue 5 'Privacy': Charlotte's self-assessment draft of month 6 is
 * private. Anna sees only that it is pending: no row among the drafts, no button,
 * and the editor shows no answers. Charlotte sees her own draft. */
static void
test_privacy_of_drafts (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplForm) redacted = NULL;
  OplFormsPage *page;
  OplFormEditor *editor;
  GtkWidget *row;
  g_autofree char *form_id = NULL;

  fixture_open (&fixture, "privacy.db", "Anna de Vries");
  page = show_forms (&fixture, "forms");

  row = opl_gui_test_find_row (opl_forms_page_get_list (page, "pending"), "ComBel", "Zelfbeoordeling");
  g_assert_nonnull (row);
  g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
  form_id = g_strdup (g_object_get_data (G_OBJECT (row), "opl-key"));
  g_assert_nonnull (form_id);
  g_assert_null (opl_gui_test_find_row (opl_forms_page_get_list (page, "drafts"), "ComBel", "Zelfbeoordeling"));

  row = opl_gui_test_find_row (opl_forms_page_get_list (page, "due"), "ComBel", "Zelfbeoordeling");
  g_assert_nonnull (row);
  g_assert_null (g_object_get_data (G_OBJECT (row), "opl-button"));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "opl-state"), ==, "Pending");

  /* Even opened by its id, the form says nothing to Anna. */
  redacted = load_form (fixture.store, form_id, "Anna de Vries");
  g_assert_true (opl_form_is_redacted (redacted));
  editor = OPL_FORM_EDITOR (opl_form_editor_new (fixture.store, opl_test_find_person (fixture.store, "Anna de Vries"),
                                                 fixture.charlotte, redacted));
  g_object_ref_sink (editor);
  g_assert_null (opl_form_editor_find_row (editor, "mh-anamnese"));
  g_assert_cmpstr (opl_gui_test_row_subtitle (opl_form_editor_get_header_list (editor), "Pending"), ==,
                   "Private until its author shares it: you see only that it exists.");
  g_assert_false (gtk_widget_get_visible (opl_form_editor_get_action_button (editor, "mark-discussed")));
  gtk_window_destroy (GTK_WINDOW (editor));
  g_object_unref (editor);

  /* Charlotte: her own draft, to continue. */
  opl_window_open_profile (fixture.window, opl_person_get_id (opl_test_find_person (fixture.store, "Charlotte Bakker")));
  fixture.workspace = OPL_WORKSPACE (opl_window_get_page (fixture.window, "workspace"));
  page = show_forms (&fixture, "forms");
  row = opl_gui_test_find_row (opl_forms_page_get_list (page, "drafts"), "ComBel", "Zelfbeoordeling");
  g_assert_nonnull (row);
  g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "opl-key"), ==, form_id);
  g_assert_null (opl_gui_test_find_row (opl_forms_page_get_list (page, "pending"), "ComBel", NULL));
  row = opl_gui_test_find_row (opl_forms_page_get_list (page, "due"), "ComBel", "Zelfbeoordeling");
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (g_object_get_data (G_OBJECT (row), "opl-button"))), ==,
                   "Continue");

  fixture_close (&fixture);
}

/* Issue 5, 'ComBel side by side': every item of month 3, the differences marked with
 * an icon and words (not colour alone), as many as the core counts; and growth. */
static void
test_comparison_marks_differences (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GArray) expected = NULL;
  g_autoptr(OplForm) left = NULL;
  g_autoptr(OplForm) right = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  OplPerson *anna;
  OplCombelCompare *compare;
  guint n_marked = 0;

  fixture_open (&fixture, "compare.db", "Anna de Vries");
  anna = opl_test_find_person (fixture.store, "Anna de Vries");
  expected = opl_store_compare_combel (fixture.store, fixture.charlotte, 3, opl_person_get_id (anna),
                                       &left, &right, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (opl_compare_count_differences (expected), ==, 5);

  compare = OPL_COMBEL_COMPARE (opl_combel_compare_new (fixture.store, anna, fixture.charlotte, 3, "side-by-side"));
  g_object_ref_sink (compare);
  g_assert_cmpuint (opl_combel_compare_get_n_differences (compare), ==, 5);

  rows = opl_combel_compare_get_rows (compare, "side-by-side");
  g_assert_cmpuint (rows->len, ==, expected->len);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      const OplCompareRow *want = &g_array_index (expected, OplCompareRow, i);
      gboolean differs = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "opl-differs"));

      g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "opl-item"), ==, want->item->id);
      g_assert_cmpint (differs, ==, want->differs);
      g_assert_cmpint (gtk_widget_has_css_class (row, "opl-differs"), ==, want->differs);
      n_marked += differs;
    }
  g_assert_cmpuint (n_marked, ==, 5);

  /* Only the differences. */
  gtk_switch_set_active (opl_combel_compare_get_only_differences (compare), TRUE);
  opl_gui_test_spin ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = opl_combel_compare_get_rows (compare, "side-by-side");
  g_assert_cmpuint (rows->len, ==, 5);

  gtk_window_destroy (GTK_WINDOW (compare));
  g_object_unref (compare);
  fixture_close (&fixture);
}

/* The words of a compared row say who rates higher: the mark is not colour alone. */
static void
test_comparison_words (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GArray) expected = NULL;
  g_autoptr(OplForm) left = NULL;
  g_autoptr(OplForm) right = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GError) error = NULL;
  OplPerson *anna;
  OplCombelCompare *compare;

  fixture_open (&fixture, "compare-words.db", "Anna de Vries");
  anna = opl_test_find_person (fixture.store, "Anna de Vries");
  expected = opl_store_compare_combel (fixture.store, fixture.charlotte, 3, opl_person_get_id (anna),
                                       &left, &right, &error);
  g_assert_no_error (error);

  compare = OPL_COMBEL_COMPARE (opl_combel_compare_new (fixture.store, anna, fixture.charlotte, 3, NULL));
  g_object_ref_sink (compare);
  rows = opl_combel_compare_get_rows (compare, "side-by-side");
  for (guint i = 0; i < rows->len; i++)
    {
      const OplCompareRow *want = &g_array_index (expected, OplCompareRow, i);
      GtkAccessible *row = GTK_ACCESSIBLE (g_ptr_array_index (rows, i));
      GtkWidget *marker = gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
      GtkWidget *icon = gtk_widget_get_first_child (marker);
      const char *words = gtk_label_get_label (GTK_LABEL (gtk_widget_get_next_sibling (icon)));

      g_assert_true (GTK_IS_IMAGE (icon));
      if (!want->differs)
        g_assert_cmpstr (words, ==, "Same answer");
      else if (want->ranked && want->rank_difference == 1)
        g_assert_cmpstr (words, ==, "The opleider rates 1 step higher");
      else if (want->ranked && want->rank_difference == -1)
        g_assert_cmpstr (words, ==, "The opleider rates 1 step lower");
      else
        g_assert_true (g_str_has_prefix (words, "Different") || g_str_has_prefix (words, "The opleider rates"));
      (void) row;
    }

  gtk_window_destroy (GTK_WINDOW (compare));
  g_object_unref (compare);
  fixture_close (&fixture);
}

/* Issue 5: "the same item across moments 3, 6 and 9 shows the aios's growth". Anna's
 * month-6 assessment, filled in with the keyboard and finalised, rates one item a
 * step higher than at month 3: the growth page says so for that item. */
static void
test_growth_across_moments (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplForm) month3 = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) series = NULL;
  g_autoptr(GError) error = NULL;
  OplPerson *anna;
  OplFormEditor *editor;
  OplCombelCompare *compare;
  const char *grown = "mh-anamnese";
  gboolean found = FALSE;
  GDate today;

  fixture_open (&fixture, "growth.db", "Anna de Vries");
  anna = opl_test_find_person (fixture.store, "Anna de Vries");
  series = opl_store_list_combel_series (fixture.store, fixture.charlotte, OPL_FORM_ROLE_OPLEIDER,
                                         opl_person_get_id (anna), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (series->len, ==, 1);
  month3 = g_object_ref (g_ptr_array_index (series, 0));
  g_assert_cmpstr (opl_form_get_value (month3, grown), ==, "voldoende");

  /* Month 6: the month-3 answers, one item a step up, with the keys. */
  form = opl_form_launcher_find_or_create (fixture.store, anna, fixture.charlotte, OPL_FORM_KIND_COMBEL, 6, NULL,
                                           &error);
  g_assert_no_error (error);
  editor = OPL_FORM_EDITOR (opl_form_editor_new (fixture.store, anna, fixture.charlotte, form));
  opl_gui_test_show (GTK_WINDOW (editor));
  for (GtkWidget *control = opl_form_item_row_get_control (opl_form_editor_find_row (editor, "mh-anamnese"));
       OPL_IS_SCALE_CONTROL (control);
       control = get_focus (GTK_WIDGET (editor)))
    {
      const char *item_id = opl_form_item_row_get_item (OPL_FORM_ITEM_ROW (gtk_widget_get_ancestor (control,
                                                                            OPL_TYPE_FORM_ITEM_ROW)))->id;
      const char *before = opl_form_get_value (month3, item_id);
      const OplFormItem *item = opl_form_definition_lookup_item (opl_form_get_definition (form), item_id, NULL);
      guint index = 0;

      for (guint o = 0; o < item->scale->n_options; o++)
        if (g_strcmp0 (item->scale->options[o].value, before) == 0)
          index = o;
      if (g_str_equal (item_id, grown))
        index++;

      gtk_widget_grab_focus (control);
      g_assert_true (press_key (control, GDK_KEY_1 + index, 0));
      press_key (control, GDK_KEY_Down, 0);
    }
  opl_test_fixed_today (&today);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "form.finalize", NULL));
  opl_gui_test_spin ();
  gtk_widget_activate_default (GTK_WIDGET (opl_form_editor_get_dialog (editor)));
  opl_gui_test_wait_ms (400);
  g_assert_cmpint (opl_form_get_state (opl_form_editor_get_form (editor)), ==, OPL_FORM_STATE_FINAL);
  gtk_window_destroy (GTK_WINDOW (editor));

  compare = OPL_COMBEL_COMPARE (opl_combel_compare_new (fixture.store, anna, fixture.charlotte, 3, "growth"));
  g_object_ref_sink (compare);
  rows = opl_combel_compare_get_rows (compare, "growth");
  g_assert_cmpuint (rows->len, ==, 22);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      GtkWidget *marker = gtk_widget_get_last_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
      const char *words = gtk_label_get_label (GTK_LABEL (gtk_widget_get_last_child (marker)));

      if (g_str_equal (g_object_get_data (G_OBJECT (row), "opl-item"), grown))
        {
          g_assert_cmpstr (words, ==, "Grew 1 step");
          found = TRUE;
        }
      else if (g_strcmp0 (opl_form_get_value (month3, g_object_get_data (G_OBJECT (row), "opl-item")), "nvt") == 0)
        {
          g_assert_cmpstr (words, ==, "Not on the scale twice yet");
        }
      else
        {
          g_assert_cmpstr (words, ==, "Stayed at the same level");
        }
    }
  g_assert_true (found);

  gtk_window_destroy (GTK_WINDOW (compare));
  g_object_unref (compare);
  fixture_close (&fixture);
}

static GtkListBoxRow *
pace_row_in (GtkListBox *list,
             guint       index)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (OPL_IS_PACE_ROW (row) && n++ == index)
        return GTK_LIST_BOX_ROW (row);
    }

  g_assert_not_reached ();
}

/* Whether the focus of @window is @widget or inside it. */
static gboolean
focus_in (GtkWindow *window,
          GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (window);

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* domain.md 'The training year': "KPB/KVB: about one a week, about 40 in the
 * e-portfolio by the end of the year". A KPB entered in the dialog changes the
 * counter on the Formulieren view and on the dashboard; a refused entry says why
 * in the store's words and changes nothing. */
static void
test_kpb_entry_changes_counter (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplStore) other = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GError) error = NULL;
  OplFormsPage *page;
  OplKpbDialog *dialog;
  OplDashboardPage *dashboard;
  GtkWidget *score;
  OplPace pace;
  GDate today;

  fixture_open (&fixture, "kpb.db", "Anna de Vries");
  opl_test_fixed_today (&today);
  g_assert_true (opl_store_get_kpb_pace (fixture.store, fixture.charlotte, &today, &pace, &error));
  g_assert_cmpuint (pace.count, ==, 15);

  page = show_forms (&fixture, "kpb");
  g_assert_cmpstr (opl_pace_row_get_count_text (opl_forms_page_get_pace_row (page, "kpb")), ==,
                   "15 of about 40 a year");
  dashboard = opl_workspace_get_dashboard (fixture.workspace);
  g_assert_cmpstr (opl_pace_row_get_count_text (OPL_PACE_ROW (pace_row_in (opl_dashboard_page_get_progress_list (dashboard), 0))),
                   ==, "15 of about 40 a year");

  /* Ctrl+N on the view: a new KPB, the focus in its first field (issue 19: "The KPB/KVB
   * dialog opens with the focus on Cancel: focus the first field"). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "forms.add-kpb", NULL));
  opl_gui_test_spin ();
  dialog = OPL_KPB_DIALOG (opl_forms_page_get_last_window (page));
  g_assert_true (OPL_IS_KPB_DIALOG (dialog));
  g_assert_true (focus_in (GTK_WINDOW (dialog), GTK_WIDGET (opl_kpb_dialog_get_topic (dialog))));

  /* Saving it empty marks every missing field at once, under its group, and focuses the
   * first (issue 19: "Missing fields arrive one toast at a time"); nothing is saved. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  opl_gui_test_spin ();
  g_assert_null (opl_kpb_dialog_get_last_message (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_cmpstr (gtk_label_get_text (opl_kpb_dialog_get_problem (dialog, "details")), ==,
                   "Say what was observed\nChoose a competentiegebied");
  g_assert_cmpstr (gtk_label_get_text (opl_kpb_dialog_get_problem (dialog, "score")), ==, "Choose a score");
  g_assert_cmpstr (gtk_label_get_text (opl_kpb_dialog_get_problem (dialog, "feedback")), ==,
                   "Write down the feedback");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (opl_kpb_dialog_get_topic (dialog)), "error"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (opl_kpb_dialog_get_area_row (dialog)), "error"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (opl_kpb_dialog_get_feedback (dialog)), "error"));
  g_assert_true (focus_in (GTK_WINDOW (dialog), GTK_WIDGET (opl_kpb_dialog_get_topic (dialog))));

  /* With a topic, the next save marks only what is still missing. */
  gtk_editable_set_text (opl_kpb_dialog_get_topic (dialog), "Consult met acute buikpijn");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  opl_gui_test_spin ();
  g_assert_cmpstr (gtk_label_get_text (opl_kpb_dialog_get_problem (dialog, "details")), ==,
                   "Choose a competentiegebied");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (opl_kpb_dialog_get_topic (dialog)), "error"));
  g_assert_true (focus_in (GTK_WINDOW (dialog), GTK_WIDGET (opl_kpb_dialog_get_area_row (dialog))));

  gtk_editable_set_text (opl_kpb_dialog_get_topic (dialog), "Consult met acute buikpijn");
  adw_combo_row_set_selected (opl_kpb_dialog_get_area_row (dialog), 1);
  score = GTK_WIDGET (opl_kpb_dialog_get_score (dialog));
  g_assert_true (gtk_widget_grab_focus (score));
  g_assert_true (press_key (score, GDK_KEY_3, 0));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (opl_kpb_dialog_get_feedback (dialog)),
                            "Top: gerichte anamnese. Tip: vraag naar alarmsymptomen.", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  opl_gui_test_spin ();

  /* Saved, as another process sees it; both counters follow. */
  other = opl_test_open_store (fixture.path);
  entries = opl_store_list_kpb (other, opl_traject_get_id (fixture.charlotte), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 16);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < entries->len; i++)
      {
        const OplKpbEntry *entry = &g_array_index (entries, OplKpbEntry, i);

        if (g_strcmp0 (entry->topic, "Consult met acute buikpijn") == 0)
          {
            g_assert_cmpint (entry->kind, ==, OPL_ENTRY_KPB);
            g_assert_cmpstr (entry->competentiegebied, ==, "medisch-handelen");
            g_assert_cmpstr (entry->score, ==, "goed");
            g_assert_cmpint (g_date_compare (&entry->date, &today), ==, 0);
            g_assert_cmpstr (entry->assessor_id, ==, opl_person_get_id (opl_test_find_person (fixture.store, "Anna de Vries")));
            found = TRUE;
          }
      }
    g_assert_true (found);
  }

  opl_gui_test_spin ();
  g_assert_cmpstr (opl_pace_row_get_count_text (opl_forms_page_get_pace_row (page, "kpb")), ==,
                   "16 of about 40 a year");
  g_assert_cmpstr (opl_pace_row_get_count_text (OPL_PACE_ROW (pace_row_in (opl_dashboard_page_get_progress_list (dashboard), 0))),
                   ==, "16 of about 40 a year");
  g_assert_nonnull (opl_gui_test_find_row (opl_forms_page_get_list (page, "kpb"), "KPB · Consult met acute buikpijn", NULL));

  fixture_close (&fixture);
}

/* The rows of @list whose subtitle has @part. */
static guint
n_rows_saying (GtkListBox *list,
               const char *part)
{
  guint n = 0;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row; row = gtk_widget_get_next_sibling (row))
    {
      if (ADW_IS_ACTION_ROW (row) && strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), part) != NULL)
        n++;
    }

  return n;
}

/* domain.md 'The training year': at least 20 diensten a year; in fase II, after the
 * bekwaamheidsverklaring, 5 to 8 under supervision at a distance, preferably 2 at
 * night. Daan's diensten: a night at a distance changes the counter and the
 * warning about nights. */
static void
test_diensten_and_supervision (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplTraject) daan = NULL;
  g_autoptr(GError) error = NULL;
  OplFormsPage *page;
  OplSupervision before, after;
  OplPace pace;
  GDate today;
  guint n_before, n_not_counted;
  GtkListBox *supervision;
  guint n_warnings_before = 0, n_warnings_after = 0;
  GtkWidget *dialog;

  fixture_open (&fixture, "diensten.db", "Anna de Vries");
  daan = current_traject_of (fixture.store, "Daan Visser");
  g_assert_true (opl_store_get_supervision (fixture.store, daan, &before, &error));
  g_assert_true (before.warnings & OPL_SUPERVISION_WARNING_FEW_NIGHTS);
  opl_test_fixed_today (&today);
  g_assert_true (opl_store_get_diensten_pace (fixture.store, daan, &today, &pace, &error));
  n_before = pace.count;

  opl_workspace_show_view (fixture.workspace, "formulieren");
  page = opl_workspace_get_forms_page (fixture.workspace);
  g_assert_true (opl_forms_page_select_traject (page, opl_traject_get_id (daan)));
  opl_forms_page_show_tab (page, "diensten");
  opl_gui_test_spin ();
  n_not_counted = n_rows_saying (opl_forms_page_get_list (page, "diensten"), "not counted towards the 20");

  supervision = opl_forms_page_get_list (page, "supervision");
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (GTK_WIDGET (supervision),
                                                                  ADW_TYPE_PREFERENCES_GROUP)));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (supervision)); row; row = gtk_widget_get_next_sibling (row))
    n_warnings_before += GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "opl-warning"));
  g_assert_cmpuint (n_warnings_before, >, 0);
  g_assert_nonnull (opl_gui_test_find_row (supervision, "1 night shift under supervision at a distance; preferably 2", NULL));

  /* Add: a night with Anna, under supervision at a distance. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "forms.add-dienst", NULL));
  opl_gui_test_spin ();
  dialog = opl_forms_page_get_last_window (page);
  g_assert_true (OPL_IS_DIENST_DIALOG (dialog));
  adw_combo_row_set_selected (opl_dienst_dialog_get_kind_row (OPL_DIENST_DIALOG (dialog)), OPL_DIENST_NACHT);
  g_assert_cmpuint (adw_combo_row_get_selected (opl_dienst_dialog_get_with_row (OPL_DIENST_DIALOG (dialog))), ==, 0);
  gtk_switch_set_active (opl_dienst_dialog_get_distance_switch (OPL_DIENST_DIALOG (dialog)), TRUE);
  g_assert_true (gtk_widget_activate_action (dialog, "dienst.save", NULL));
  opl_gui_test_spin ();
  g_assert_null (opl_forms_page_get_last_window (page));

  /* Seed 001 (001_0274be3d365a3933.txt): "Een aios moet minimaal 20 diensten per jaar
   * doen met de opleider (of met de vervangend opleider op dezelfde post)." One at a
   * distance is shown but not counted towards the 20. */
  g_assert_true (opl_store_get_diensten_pace (fixture.store, daan, &today, &pace, &error));
  g_assert_cmpuint (pace.count, ==, n_before);
  {
    g_autofree char *count = g_strdup_printf ("%u of about 20 a year", n_before);

    g_assert_cmpstr (opl_pace_row_get_count_text (opl_forms_page_get_pace_row (page, "diensten")), ==, count);
  }
  g_assert_cmpuint (n_rows_saying (opl_forms_page_get_list (page, "diensten"), "not counted towards the 20"), ==,
                   n_not_counted + 1);

  /* Someone else: a choice of its own, kept, not counted either. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "forms.add-dienst", NULL));
  opl_gui_test_spin ();
  dialog = opl_forms_page_get_last_window (page);
  {
    AdwComboRow *with = opl_dienst_dialog_get_with_row (OPL_DIENST_DIALOG (dialog));
    GListModel *choices = adw_combo_row_get_model (with);
    guint last = g_list_model_get_n_items (choices) - 1;

    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), last), ==, "Someone else");
    adw_combo_row_set_selected (with, last);
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (with)), ==,
                     "Shown, but not counted towards the 20 diensten a year");
  }
  g_assert_true (gtk_widget_activate_action (dialog, "dienst.save", NULL));
  opl_gui_test_spin ();
  g_assert_null (opl_forms_page_get_last_window (page));
  g_assert_true (opl_store_get_diensten_pace (fixture.store, daan, &today, &pace, &error));
  g_assert_cmpuint (pace.count, ==, n_before);
  g_assert_cmpuint (n_rows_saying (opl_forms_page_get_list (page, "diensten"),
                                   "with someone else · not counted towards the 20"), ==, 1);

  g_assert_true (opl_store_get_supervision (fixture.store, daan, &after, &error));
  g_assert_false (after.warnings & OPL_SUPERVISION_WARNING_FEW_NIGHTS);
  supervision = opl_forms_page_get_list (page, "supervision");
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (supervision)); row; row = gtk_widget_get_next_sibling (row))
    n_warnings_after += GPOINTER_TO_INT (g_object_get_data (G_OBJECT (row), "opl-warning"));
  g_assert_cmpuint (n_warnings_after, <, n_warnings_before);
  g_assert_null (opl_gui_test_find_row (supervision, "1 night shift under supervision at a distance; preferably 2", NULL));

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

/* The first KPB of Charlotte as @store has it now. */
static void
first_kpb (OplStore     *store,
           OplTraject   *traject,
           OplKpbEntry  *entry)
{
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GError) error = NULL;

  entries = opl_store_list_kpb (store, opl_traject_get_id (traject), &error);
  g_assert_no_error (error);
  g_assert_true (opl_store_get_kpb (store, g_array_index (entries, OplKpbEntry, 0).id, entry, &error));
  g_assert_no_error (error);
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

/* Another PC changes the feedback of the first KPB. */
static void
change_kpb_elsewhere (OplStore   *other,
                      OplTraject *traject,
                      const char *feedback)
{
  g_auto(OplKpbEntry) theirs = { 0 };
  g_autoptr(GError) error = NULL;

  first_kpb (other, traject, &theirs);
  g_free (theirs.feedback);
  theirs.feedback = g_strdup (feedback);
  g_assert_true (opl_store_save_kpb (other, NULL, &theirs, &error));
  g_assert_no_error (error);
}

static char *
feedback_shown (OplKpbDialog *dialog)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (opl_kpb_dialog_get_feedback (dialog));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Issue 17: “No lost updates: every update of a row a person edits (KPB/KVB, diensten,
 * leerpunten, scholing days, forms, people, trajecten) checks that the row has not been
 * changed since it was read, as leergesprekken already do, and the window offers Keep
 * editing / Reload / Save mine on a conflict.” A KPB open in its dialog is changed on
 * another PC: Save asks; Keep Editing leaves the dialog as it was, Reload shows the
 * other version, Save Mine writes this one over it. */
static void
test_kpb_changed_elsewhere (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplStore) other = NULL;
  g_auto(OplKpbEntry) entry = { 0 };
  g_auto(OplKpbEntry) stored = { 0 };
  g_autofree char *shown = NULL;
  AdwMessageDialog *question;
  OplKpbDialog *dialog;

  fixture_open (&fixture, "kpb-elsewhere.db", "Anna de Vries");
  other = opl_test_open_store_as (fixture.path, "Bram Jansen");
  first_kpb (fixture.store, fixture.charlotte, &entry);
  dialog = OPL_KPB_DIALOG (opl_kpb_dialog_new (fixture.store, opl_test_find_person (fixture.store, "Anna de Vries"),
                                               fixture.charlotte, &entry));
  opl_gui_test_show (GTK_WINDOW (dialog));

  /* Save over the other PC's change: asked, nothing written. Escape keeps editing. */
  change_kpb_elsewhere (other, fixture.charlotte, "Feedback van Bram");
  gtk_editable_set_text (opl_kpb_dialog_get_topic (dialog), "Mijn onderwerp");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  opl_gui_test_spin ();
  question = changed_elsewhere_dialog ();
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (question),
                                   "Bram Jansen changed this entry after you opened it."));
  first_kpb (other, fixture.charlotte, &stored);
  g_assert_cmpstr (stored.topic, ==, entry.topic);
  g_assert_cmpstr (stored.feedback, ==, "Feedback van Bram");
  gtk_window_close (GTK_WINDOW (question));
  opl_gui_test_spin ();
  g_assert_null (opl_gui_test_find_window (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (opl_gui_test_find_window (OPL_TYPE_KPB_DIALOG) == GTK_WIDGET (dialog));
  g_assert_cmpstr (gtk_editable_get_text (opl_kpb_dialog_get_topic (dialog)), ==, "Mijn onderwerp");

  /* Reload: the other version in the fields, what was typed dropped, still open. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  opl_gui_test_spin ();
  choose (changed_elsewhere_dialog (), "reload");
  opl_gui_test_spin ();
  g_assert_true (opl_gui_test_find_window (OPL_TYPE_KPB_DIALOG) == GTK_WIDGET (dialog));
  g_assert_cmpstr (gtk_editable_get_text (opl_kpb_dialog_get_topic (dialog)), ==, entry.topic);
  shown = feedback_shown (dialog);
  g_assert_cmpstr (shown, ==, "Feedback van Bram");
  g_assert_cmpstr (opl_kpb_dialog_get_last_message (dialog), ==, "Reloaded: your changes were dropped");

  /* Changed elsewhere once more; Save Mine writes this dialog's version, and it closes. */
  change_kpb_elsewhere (other, fixture.charlotte, "Nog eens anders");
  gtk_editable_set_text (opl_kpb_dialog_get_topic (dialog), "Toch mijn onderwerp");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "entry.save", NULL));
  opl_gui_test_spin ();
  choose (changed_elsewhere_dialog (), "overwrite");
  opl_gui_test_spin ();
  g_assert_null (opl_gui_test_find_window (OPL_TYPE_KPB_DIALOG));
  opl_kpb_entry_clear (&stored);
  first_kpb (other, fixture.charlotte, &stored);
  g_assert_cmpstr (stored.topic, ==, "Toch mijn onderwerp");
  g_assert_cmpstr (stored.feedback, ==, "Feedback van Bram");

  fixture_close (&fixture);
}

/* The "Save Changes?" question a closing editor asks. */
static AdwMessageDialog *
save_changes_dialog (void)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (opl_gui_test_find_window (ADW_TYPE_MESSAGE_DIALOG));

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Save Changes?");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "save");
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");
  return dialog;
}

/* Issue 19: "Escape in the KPB/KVB (and dienst, scholing) dialog with changes closes it
 * silently: ask as the leergesprek editor does." Without changes Escape closes; with
 * them it asks: Cancel keeps what was typed, Discard closes without saving, Save saves
 * (or, with a field missing, marks it and stays open). */
static void
test_kpb_escape_asks (void)
{
  Fixture fixture = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GArray) after = NULL;
  OplPerson *anna;
  OplKpbDialog *dialog;

  fixture_open (&fixture, "kpb-escape.db", "Anna de Vries");
  anna = opl_test_find_person (fixture.store, "Anna de Vries");
  before = opl_store_list_kpb (fixture.store, opl_traject_get_id (fixture.charlotte), &error);
  g_assert_no_error (error);

  dialog = OPL_KPB_DIALOG (opl_kpb_dialog_new (fixture.store, anna, fixture.charlotte, NULL));
  opl_gui_test_show (GTK_WINDOW (dialog));
  g_assert_false (opl_kpb_dialog_has_unsaved_changes (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  opl_gui_test_spin ();
  g_assert_null (opl_gui_test_find_window (OPL_TYPE_KPB_DIALOG));
  g_assert_null (opl_gui_test_find_window (ADW_TYPE_MESSAGE_DIALOG));

  dialog = OPL_KPB_DIALOG (opl_kpb_dialog_new (fixture.store, anna, fixture.charlotte, NULL));
  opl_gui_test_show (GTK_WINDOW (dialog));
  gtk_editable_set_text (opl_kpb_dialog_get_topic (dialog), "Telefonische triage");
  g_assert_true (opl_kpb_dialog_has_unsaved_changes (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  opl_gui_test_spin ();
  choose (save_changes_dialog (), "cancel");
  opl_gui_test_spin ();
  g_assert_true (opl_gui_test_find_window (OPL_TYPE_KPB_DIALOG) == GTK_WIDGET (dialog));
  g_assert_cmpstr (gtk_editable_get_text (opl_kpb_dialog_get_topic (dialog)), ==, "Telefonische triage");

  /* Save with fields missing: marked, still open. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  opl_gui_test_spin ();
  choose (save_changes_dialog (), "save");
  opl_gui_test_spin ();
  g_assert_true (opl_gui_test_find_window (OPL_TYPE_KPB_DIALOG) == GTK_WIDGET (dialog));
  g_assert_cmpstr (gtk_label_get_text (opl_kpb_dialog_get_problem (dialog, "score")), ==, "Choose a score");

  /* Discard: closed, nothing written. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  opl_gui_test_spin ();
  choose (save_changes_dialog (), "discard");
  opl_gui_test_spin ();
  g_assert_null (opl_gui_test_find_window (OPL_TYPE_KPB_DIALOG));
  after = opl_store_list_kpb (fixture.store, opl_traject_get_id (fixture.charlotte), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len);

  fixture_close (&fixture);
}

/* Issue 19, for the dienst dialog: the substitute chosen without a name is marked at
 * the field (not in a toast), and Escape with changes asks before anything is lost. */
static void
test_dienst_escape_asks (void)
{
  Fixture fixture = { 0 };
  OplDienstDialog *dialog;
  AdwComboRow *with;

  fixture_open (&fixture, "dienst-escape.db", "Anna de Vries");
  dialog = OPL_DIENST_DIALOG (opl_dienst_dialog_new (fixture.store, opl_test_find_person (fixture.store, "Anna de Vries"),
                                                     fixture.charlotte, NULL));
  opl_gui_test_show (GTK_WINDOW (dialog));
  g_assert_false (opl_dienst_dialog_has_unsaved_changes (dialog));

  with = opl_dienst_dialog_get_with_row (dialog);
  adw_combo_row_set_selected (with, g_list_model_get_n_items (adw_combo_row_get_model (with)) - 2);
  g_assert_true (opl_dienst_dialog_has_unsaved_changes (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dienst.save", NULL));
  opl_gui_test_spin ();
  g_assert_true (opl_gui_test_find_window (OPL_TYPE_DIENST_DIALOG) == GTK_WIDGET (dialog));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (opl_dienst_dialog_get_problem (dialog))));
  g_assert_cmpstr (gtk_label_get_text (opl_dienst_dialog_get_problem (dialog)), ==, "Enter the name of the substitute");
  g_assert_null (opl_dienst_dialog_get_last_message (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  opl_gui_test_spin ();
  g_assert_nonnull (opl_dienst_dialog_get_close_dialog (dialog));
  choose (save_changes_dialog (), "cancel");
  opl_gui_test_spin ();
  g_assert_true (opl_gui_test_find_window (OPL_TYPE_DIENST_DIALOG) == GTK_WIDGET (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL));
  opl_gui_test_spin ();
  choose (save_changes_dialog (), "discard");
  opl_gui_test_spin ();
  g_assert_null (opl_gui_test_find_window (OPL_TYPE_DIENST_DIALOG));

  fixture_close (&fixture);
}

/* The first label under @widget whose text starts with @prefix. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *prefix)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), prefix))
    return GTK_LABEL (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_label (child, prefix);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Issue 19: "Drop-down items are cut off ("Sanne van der Meer · …", "Maatschappelijk
 * hand…"): show the whole text or a second line." Opened, the competentiegebied's list
 * shows each whole, wrapping onto a second line where it is long. */
static void
test_drop_down_items_whole (void)
{
  Fixture fixture = { 0 };
  OplKpbDialog *dialog;
  AdwComboRow *area;
  GtkLabel *label;

  fixture_open (&fixture, "drop-down.db", "Anna de Vries");
  dialog = OPL_KPB_DIALOG (opl_kpb_dialog_new (fixture.store, opl_test_find_person (fixture.store, "Anna de Vries"),
                                               fixture.charlotte, NULL));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 360, 720);
  opl_gui_test_show (GTK_WINDOW (dialog));
  area = opl_kpb_dialog_get_area_row (dialog);
  g_assert_true (GTK_IS_BUILDER_LIST_ITEM_FACTORY (adw_combo_row_get_list_factory (area)));
  g_assert_true (GTK_IS_BUILDER_LIST_ITEM_FACTORY (adw_combo_row_get_factory (area)));

  g_assert_true (gtk_widget_activate (GTK_WIDGET (area)));
  opl_gui_test_wait_ms (200);
  label = find_label (GTK_WIDGET (area), "Maatschappelijk");
  g_assert_nonnull (label);
  g_assert_true (gtk_label_get_wrap (label));
  g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_NONE);

  gtk_window_destroy (GTK_WINDOW (dialog));
  fixture_close (&fixture);
}

/* Whether @widget lies inside the visible part of @scrolled, with @margin around it. */
static gboolean
in_view (GtkWidget         *widget,
         GtkScrolledWindow *scrolled,
         double             margin)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (scrolled), &bounds));
  return bounds.origin.y >= margin &&
         bounds.origin.y + bounds.size.height + margin <= gtk_widget_get_height (GTK_WIDGET (scrolled));
}

/* Issue 19: "On Formulieren the focus ring scrolls under the pinned header; keep the
 * focused row in view": in a low window, the focus moved to the last row and back to
 * the first keeps each in view with its ring (12 px) around it. */
static void
test_focus_stays_in_view (void)
{
  Fixture fixture = { 0 };
  OplFormsPage *page;
  GtkListBox *first_list, *last_list;
  GtkWidget *first, *last;
  GtkScrolledWindow *scrolled;

  fixture_open (&fixture, "focus-in-view.db", "Anna de Vries");
  gtk_window_set_default_size (GTK_WINDOW (fixture.window), 1024, 420);
  page = show_forms (&fixture, "forms");
  opl_gui_test_wait_ms (200);
  first_list = opl_forms_page_get_list (page, "due");
  last_list = opl_forms_page_get_list (page, "discussed");
  first = gtk_widget_get_first_child (GTK_WIDGET (first_list));
  last = gtk_widget_get_last_child (GTK_WIDGET (last_list));
  g_assert_nonnull (first);
  g_assert_nonnull (last);
  scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (last_list), GTK_TYPE_SCROLLED_WINDOW));

  g_assert_true (gtk_widget_grab_focus (last));
  opl_gui_test_wait_ms (100);
  g_assert_true (in_view (last, scrolled, 12));
  g_assert_true (gtk_widget_grab_focus (first));
  opl_gui_test_wait_ms (100);
  g_assert_true (in_view (first, scrolled, 12));

  fixture_close (&fixture);
}

/* The first dienst of Charlotte as @store has it now. */
static void
first_dienst (OplStore   *store,
              OplTraject *traject,
              OplDienst  *dienst)
{
  g_autoptr(GArray) diensten = NULL;
  g_autoptr(GError) error = NULL;

  diensten = opl_store_list_diensten (store, opl_traject_get_id (traject), &error);
  g_assert_no_error (error);
  g_assert_true (opl_store_get_dienst (store, g_array_index (diensten, OplDienst, 0).id, dienst, &error));
  g_assert_no_error (error);
}

static void
kind_elsewhere (OplStore      *other,
                OplTraject    *traject,
                OplDienstKind  kind)
{
  g_auto(OplDienst) theirs = { 0 };
  g_autoptr(GError) error = NULL;

  first_dienst (other, traject, &theirs);
  theirs.kind = kind;
  g_assert_true (opl_store_save_dienst (other, &theirs, &error));
  g_assert_no_error (error);
}

/* Issue 17 (as above), for a dienst: its kind changed on another PC while its dialog
 * is open here. */
static void
test_dienst_changed_elsewhere (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplStore) other = NULL;
  g_auto(OplDienst) dienst = { 0 };
  g_auto(OplDienst) stored = { 0 };
  OplDienstDialog *dialog;
  AdwComboRow *kind;

  fixture_open (&fixture, "dienst-elsewhere.db", "Anna de Vries");
  other = opl_test_open_store_as (fixture.path, "Bram Jansen");
  first_dienst (fixture.store, fixture.charlotte, &dienst);
  dialog = OPL_DIENST_DIALOG (opl_dienst_dialog_new (fixture.store, opl_test_find_person (fixture.store, "Anna de Vries"),
                                                     fixture.charlotte, &dienst));
  opl_gui_test_show (GTK_WINDOW (dialog));
  kind = opl_dienst_dialog_get_kind_row (dialog);

  kind_elsewhere (other, fixture.charlotte, OPL_DIENST_FEESTDAG);
  adw_combo_row_set_selected (kind, OPL_DIENST_WEEKEND);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dienst.save", NULL));
  opl_gui_test_spin ();
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (changed_elsewhere_dialog ()),
                                   "Bram Jansen changed this dienst after you opened it."));
  choose (changed_elsewhere_dialog (), "reload");
  g_assert_cmpuint (adw_combo_row_get_selected (kind), ==, OPL_DIENST_FEESTDAG);
  g_assert_true (opl_gui_test_find_window (OPL_TYPE_DIENST_DIALOG) == GTK_WIDGET (dialog));

  kind_elsewhere (other, fixture.charlotte, OPL_DIENST_NACHT);
  adw_combo_row_set_selected (kind, OPL_DIENST_WEEKEND);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "dienst.save", NULL));
  opl_gui_test_spin ();
  choose (changed_elsewhere_dialog (), "overwrite");
  g_assert_null (opl_gui_test_find_window (OPL_TYPE_DIENST_DIALOG));
  first_dienst (other, fixture.charlotte, &stored);
  g_assert_cmpint (stored.kind, ==, OPL_DIENST_WEEKEND);

  fixture_close (&fixture);
}

static char *
stored_value (OplStore   *store,
              const char *form_id,
              const char *item_id)
{
  g_autoptr(OplForm) form = load_form (store, form_id, "Charlotte Bakker");

  return g_strdup (opl_form_get_value (form, item_id));
}

static void
set_row_text (OplFormEditor *editor,
              const char    *item_id,
              const char    *text)
{
  OplFormItemRow *row = opl_form_editor_find_row (editor, item_id);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (opl_form_item_row_get_control (row))), text, -1);
}

/* Issue 17: “No lost updates: every update of a row a person edits (KPB/KVB, diensten,
 * leerpunten, scholing days, forms, people, trajecten) checks that the row has not been
 * changed since it was read, as leergesprekken already do, and the window offers Keep
 * editing / Reload / Save mine on a conflict.” Charlotte's draft is open on two PCs.
 * An answer the other PC changed is not overwritten by the autosave: the editor asks;
 * Reload shows the other answer (and saves what else was typed), Save Mine writes this
 * one over it. */
static void
test_form_changed_elsewhere (void)
{
  Fixture fixture = { 0 };
  g_autoptr(OplForm) form = NULL;
  g_autoptr(OplForm) theirs = NULL;
  g_autoptr(OplStore) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *form_id = NULL;
  g_autofree char *value = NULL;
  AdwMessageDialog *question;
  OplPerson *charlotte;
  OplFormEditor *editor;

  fixture_open (&fixture, "form-elsewhere.db", "Charlotte Bakker");
  charlotte = opl_test_find_person (fixture.store, "Charlotte Bakker");
  form = opl_form_launcher_find_or_create (fixture.store, charlotte, fixture.charlotte, OPL_FORM_KIND_COMBEL, 6,
                                           NULL, &error);
  g_assert_no_error (error);
  form_id = g_strdup (opl_form_get_id (form));
  editor = OPL_FORM_EDITOR (opl_form_editor_new (fixture.store, charlotte, fixture.charlotte, form));
  opl_gui_test_show (GTK_WINDOW (editor));

  /* Charlotte's other PC writes her first leerdoel while the editor is open here. */
  other = opl_test_open_store_as (fixture.path, "Charlotte Bakker");
  theirs = load_form (other, form_id, "Charlotte Bakker");
  g_assert_true (opl_store_set_form_answer (other, theirs, "leerdoel-1", "Van de andere pc", NULL, &error));
  g_assert_no_error (error);

  /* Typed here: the autosave is refused and asks; the other answer stays. */
  set_row_text (editor, "leerdoel-1", "Van deze pc");
  opl_gui_test_wait_ms (OPL_FORM_EDITOR_SAVE_DELAY_MS + 200);
  question = changed_elsewhere_dialog ();
  g_assert_true (question == opl_form_editor_get_conflict_dialog (editor));
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (question),
                                   "Charlotte Bakker changed this answer after you opened the form."));
  value = stored_value (other, form_id, "leerdoel-1");
  g_assert_cmpstr (value, ==, "Van de andere pc");
  g_clear_pointer (&value, g_free);

  /* Keep Editing: what was typed stays; closing does not lose it silently. */
  choose (question, "cancel");
  opl_gui_test_spin ();
  value = opl_form_item_row_get_value (opl_form_editor_find_row (editor, "leerdoel-1"));
  g_assert_cmpstr (value, ==, "Van deze pc");
  g_clear_pointer (&value, g_free);
  g_assert_false (opl_form_editor_flush (editor));
  choose (changed_elsewhere_dialog (), "cancel");
  opl_gui_test_spin ();

  /* Typing in another item saves that item, and does not ask again. */
  set_row_text (editor, "leerdoel-2", "Een tweede leerdoel");
  opl_gui_test_wait_ms (OPL_FORM_EDITOR_SAVE_DELAY_MS + 200);
  g_assert_null (opl_gui_test_find_window (ADW_TYPE_MESSAGE_DIALOG));
  value = stored_value (other, form_id, "leerdoel-2");
  g_assert_cmpstr (value, ==, "Een tweede leerdoel");
  g_clear_pointer (&value, g_free);

  /* Reload: the other answer shown; a note typed meanwhile is saved first. */
  gtk_editable_set_text (opl_form_item_row_get_note_entry (opl_form_editor_find_row (editor, "mh-spoed")),
                         "Een notitie");
  g_assert_false (opl_form_editor_flush (editor));
  choose (changed_elsewhere_dialog (), "reload");
  opl_gui_test_spin ();
  value = opl_form_item_row_get_value (opl_form_editor_find_row (editor, "leerdoel-1"));
  g_assert_cmpstr (value, ==, "Van de andere pc");
  g_clear_pointer (&value, g_free);
  {
    g_autoptr(OplForm) seen = load_form (other, form_id, "Charlotte Bakker");

    g_assert_cmpstr (opl_form_get_note (seen, "mh-spoed"), ==, "Een notitie");
  }
  g_assert_cmpuint (opl_form_editor_get_n_pending (editor), ==, 0);
  g_assert_true (opl_form_editor_flush (editor));

  /* Changed there once more; Save Mine writes this PC's answer over it. */
  g_clear_object (&theirs);
  theirs = load_form (other, form_id, "Charlotte Bakker");
  g_assert_true (opl_store_set_form_answer (other, theirs, "leerdoel-1", "Weer van de andere pc", NULL, &error));
  g_assert_no_error (error);
  set_row_text (editor, "leerdoel-1", "Toch van deze pc");
  g_assert_false (opl_form_editor_flush (editor));
  choose (changed_elsewhere_dialog (), "overwrite");
  opl_gui_test_spin ();
  g_assert_null (opl_form_editor_get_conflict_dialog (editor));
  value = stored_value (other, form_id, "leerdoel-1");
  g_assert_cmpstr (value, ==, "Toch van deze pc");
  g_clear_pointer (&value, g_free);
  g_assert_true (opl_form_editor_flush (editor));

  gtk_window_destroy (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  fixture_close (&fixture);
}

/* Issue 19: the discussed forms and the ComBel comparisons, below the fold, are shown
 * after the page's first frame; what is due is in it. */
static void
test_later_groups (void)
{
  g_autofree char *path = opl_test_db_path ("later.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(GtkWidget) page = NULL;

  page = g_object_ref_sink (opl_forms_page_new (store, opl_test_find_person (store, "Anna de Vries")));
  opl_gui_test_assert_later (page, GTK_WIDGET (opl_forms_page_get_list (OPL_FORMS_PAGE (page), "due")),
                             GTK_WIDGET (opl_forms_page_get_list (OPL_FORMS_PAGE (page), "compare")));
}

/* The KPB/KVB and Diensten tabs are built when first shown (issue 19), with every
 * entry the store has for the traject, and again after a change. */
static void
test_tabs_built_when_shown (void)
{
  Fixture fixture = { NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) kpb = NULL;
  g_autoptr(GArray) diensten = NULL;
  OplFormsPage *page;
  AdwViewStack *stack;

  fixture_open (&fixture, "tabs.db", "Anna de Vries");
  page = show_forms (&fixture, "forms");
  opl_gui_test_spin ();
  stack = ADW_VIEW_STACK (find_type (GTK_WIDGET (page), ADW_TYPE_VIEW_STACK));
  g_assert_nonnull (stack);
  g_assert_cmpuint (count_action_rows (adw_view_stack_get_child_by_name (stack, "kpb")), ==, 0);
  g_assert_cmpuint (count_action_rows (adw_view_stack_get_child_by_name (stack, "diensten")), ==, 0);

  kpb = opl_store_list_kpb (fixture.store, opl_traject_get_id (fixture.charlotte), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kpb->len, >, 0);
  opl_forms_page_show_tab (page, "kpb");
  opl_gui_test_spin ();
  /* The pace row and one row per entry. */
  g_assert_cmpuint (count_action_rows (adw_view_stack_get_child_by_name (stack, "kpb")), >=, kpb->len);
  g_assert_nonnull (opl_forms_page_get_pace_row (page, "kpb"));

  diensten = opl_store_list_diensten (fixture.store, opl_traject_get_id (fixture.charlotte), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (diensten->len, >, 0);
  opl_forms_page_show_tab (page, "diensten");
  opl_gui_test_spin ();
  g_assert_cmpuint (count_action_rows (adw_view_stack_get_child_by_name (stack, "diensten")), >=, diensten->len);

  /* A refresh on the Diensten tab builds it anew, and the KPB/KVB tab when shown again. */
  opl_page_refresh (OPL_PAGE (page));
  opl_gui_test_spin ();
  g_assert_cmpuint (count_action_rows (adw_view_stack_get_child_by_name (stack, "diensten")), >=, diensten->len);
  g_assert_cmpuint (count_action_rows (adw_view_stack_get_child_by_name (stack, "kpb")), ==, 0);
  opl_forms_page_show_tab (page, "kpb");
  opl_gui_test_spin ();
  g_assert_cmpuint (count_action_rows (adw_view_stack_get_child_by_name (stack, "kpb")), >=, kpb->len);

  fixture_close (&fixture);
}

int
main (int    argc,
      char **argv)
{
  /* These tests look at widgets and the store, not at pixels: the cairo renderer
   * spares each run llvmpipe's shader compilation (most of its time under Xvfb). */
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/forms/combel-by-keyboard", test_combel_by_keyboard);
  g_test_add_func ("/opl/gui/forms/scale-keys", test_scale_keys);
  g_test_add_func ("/opl/gui/forms/autosave-second-connection", test_autosave_second_connection);
  g_test_add_func ("/opl/gui/forms/privacy-of-drafts", test_privacy_of_drafts);
  g_test_add_func ("/opl/gui/forms/comparison-marks-differences", test_comparison_marks_differences);
  g_test_add_func ("/opl/gui/forms/comparison-words", test_comparison_words);
  g_test_add_func ("/opl/gui/forms/growth-across-moments", test_growth_across_moments);
  g_test_add_func ("/opl/gui/forms/tabs-built-when-shown", test_tabs_built_when_shown);
  g_test_add_func ("/opl/gui/forms/later-groups", test_later_groups);
  g_test_add_func ("/opl/gui/forms/kpb-entry-changes-counter", test_kpb_entry_changes_counter);
  g_test_add_func ("/opl/gui/forms/diensten-and-supervision", test_diensten_and_supervision);
  g_test_add_func ("/opl/gui/forms/kpb-changed-elsewhere", test_kpb_changed_elsewhere);
  g_test_add_func ("/opl/gui/forms/kpb-escape-asks", test_kpb_escape_asks);
  g_test_add_func ("/opl/gui/forms/dienst-escape-asks", test_dienst_escape_asks);
  g_test_add_func ("/opl/gui/forms/drop-down-items-whole", test_drop_down_items_whole);
  g_test_add_func ("/opl/gui/forms/focus-stays-in-view", test_focus_stays_in_view);
  g_test_add_func ("/opl/gui/forms/dienst-changed-elsewhere", test_dienst_changed_elsewhere);
  g_test_add_func ("/opl/gui/forms/form-changed-elsewhere", test_form_changed_elsewhere);

  return g_test_run ();
}
