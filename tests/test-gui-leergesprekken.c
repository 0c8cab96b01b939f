/* test-gui-leergesprekken.c: the Leergesprekken view and its editor, driven as a
 * person would, with the answers read back from the store. The demo practice on
 * OPL_TODAY=2026-11-22 (a Sunday, week 47): Charlotte Bakker meets on Tuesdays at
 * 13:00; the agenda of 24 November is ready, that of 1 December is not.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "opl-date.h"
#include "opl-gui-test-utils.h"
#include "opl-leergesprek-editor-private.h"
#include "opl-leergesprekken-page-private.h"
#include "opl-test-utils.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

typedef struct
{
  char                  *path;
  OplStore              *store;
  OplWindow             *window;
  OplLeergesprekkenPage *page;
  char                  *charlotte_traject;
} Fixture;

static void
open_as (Fixture    *fixture,
         const char *name)
{
  OplWorkspace *workspace;

  opl_window_open_profile (fixture->window, opl_person_get_id (opl_test_find_person (fixture->store, name)));
  workspace = OPL_WORKSPACE (opl_window_get_page (fixture->window, "workspace"));
  g_assert_nonnull (workspace);
  opl_workspace_show_view (workspace, "leergesprekken");
  opl_gui_test_spin ();

  fixture->page = opl_workspace_get_leergesprekken_page (workspace);
  g_assert_nonnull (fixture->page);
  g_assert_true (opl_leergesprekken_page_select_traject (fixture->page, fixture->charlotte_traject));
  opl_gui_test_spin ();
}

static void
fixture_open (Fixture    *fixture,
              const char *db_name,
              const char *name)
{
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GError) error = NULL;

  fixture->path = opl_test_db_path (db_name);
  fixture->store = opl_test_demo_store (fixture->path);
  fixture->window = opl_window_new (NULL, fixture->store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1024, 768);
  opl_gui_test_show (GTK_WINDOW (fixture->window));

  trajecten = opl_store_list_trajecten (fixture->store,
                                        opl_person_get_id (opl_test_find_person (fixture->store, "Charlotte Bakker")),
                                        &error);
  g_assert_no_error (error);
  g_assert_cmpuint (trajecten->len, >, 0);
  fixture->charlotte_traject = g_strdup (opl_traject_get_id (g_ptr_array_index (trajecten, 0)));

  open_as (fixture, name);
}

static void
fixture_close (Fixture *fixture)
{
  gtk_window_destroy (GTK_WINDOW (fixture->window));
  opl_gui_test_spin ();
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->path, g_free);
  g_clear_pointer (&fixture->charlotte_traject, g_free);
}

static void
set_date (GDate *date,
          int    day,
          int    month)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, 2026);
}

/* The store's leergesprek of @traject_id on 2026-@month-@day. */
static OplLeergesprek *
stored_on (OplStore   *store,
           const char *traject_id,
           int         day,
           int         month)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GError) error = NULL;
  GDate date;

  set_date (&date, day, month);
  found = opl_store_list_leergesprekken (store, traject_id, &date, &date, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  return g_object_ref (g_ptr_array_index (found, 0));
}

static GtkWidget *
week_row (Fixture *fixture,
          int      day,
          int      month)
{
  g_autofree char *key = NULL;
  GtkWidget *row;
  GDate date;

  set_date (&date, day, month);
  key = opl_date_week_key (&date);
  row = opl_leergesprekken_page_find_week_row (fixture->page, key);
  g_assert_nonnull (row);
  return row;
}

static OplLeergesprekEditor *
open_editor (Fixture *fixture,
             int      day,
             int      month)
{
  GtkWidget *row = week_row (fixture, day, month);
  const char *id = g_object_get_data (G_OBJECT (row), "opl-leergesprek-id");
  GVariant *target;

  g_assert_nonnull (id);
  /* What the week's “Open” row does when it is activated. */
  target = g_variant_new_string (id);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (fixture->page), "leergesprekken.open", target));
  opl_gui_test_spin ();
  g_assert_nonnull (opl_leergesprekken_page_get_editor (fixture->page));
  return opl_leergesprekken_page_get_editor (fixture->page);
}

static void
set_text_view (OplLeergesprekEditor *editor,
               OplLeergesprekText    which,
               const char           *text)
{
  GtkTextView *view = opl_leergesprek_editor_get_text_view (editor, which);

  g_assert_true (gtk_text_view_get_editable (view));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
}

/* The first descendant of @widget of @type whose title is @title. */
static GtkWidget *
find_titled (GtkWidget  *widget,
             GType       type,
             const char *title)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_titled (child, type, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_slot_and_plan (void)
{
  Fixture fixture = { NULL };
  g_auto(OplSlot) slot = { 0 };
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  GDate today, until;
  guint added = 0;

  fixture_open (&fixture, "slot.db", "Anna de Vries");
  opl_date_set_today (&today);
  until = today;
  g_date_add_days (&until, 12 * 7);

  /* A time past midnight: the planner's words, and nothing changes. */
  gtk_spin_button_set_value (opl_leergesprekken_page_get_hour_spin (fixture.page), 23);
  gtk_spin_button_set_value (opl_leergesprekken_page_get_minute_spin (fixture.page), 30);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "leergesprekken.save-slot", NULL));
  opl_gui_test_spin ();
  g_assert_cmpstr (opl_leergesprekken_page_get_last_message (fixture.page), ==,
                   "A leergesprek must start and end on the same day: 60 minutes from 23:30 run past midnight");
  g_assert_true (opl_store_get_slot (fixture.store, fixture.charlotte_traject, &slot, &error));
  g_assert_cmpint (slot.weekday, ==, G_DATE_TUESDAY);
  g_assert_cmpint (slot.start_minute, ==, 13 * 60);
  opl_slot_clear (&slot);

  /* Wednesday 9:30, 75 minutes. */
  adw_combo_row_set_selected (opl_leergesprekken_page_get_weekday_row (fixture.page), 2);
  gtk_spin_button_set_value (opl_leergesprekken_page_get_hour_spin (fixture.page), 9);
  gtk_spin_button_set_value (opl_leergesprekken_page_get_minute_spin (fixture.page), 30);
  gtk_spin_button_set_value (opl_leergesprekken_page_get_duration_spin (fixture.page), 75);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "leergesprekken.save-slot", NULL));
  opl_gui_test_spin ();
  g_assert_true (opl_store_get_slot (fixture.store, fixture.charlotte_traject, &slot, &error));
  g_assert_no_error (error);
  g_assert_cmpint (slot.weekday, ==, G_DATE_WEDNESDAY);
  g_assert_cmpint (slot.start_minute, ==, 9 * 60 + 30);
  g_assert_cmpint (slot.duration, ==, 75);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (opl_leergesprekken_page_get_slot_row (fixture.page))),
                   ==, "Every Wednesday, 9:30–10:45");

  before = opl_store_list_leergesprekken (fixture.store, fixture.charlotte_traject, &today, &until, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "leergesprekken.plan-weeks", NULL));
  opl_gui_test_spin ();
  after = opl_store_list_leergesprekken (fixture.store, fixture.charlotte_traject, &today, &until, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, >, before->len);

  /* The demo had planned eight weeks at the old time; the new weeks use the new one. */
  for (guint i = 0; i < after->len; i++)
    {
      OplLeergesprek *leergesprek = g_ptr_array_index (after, i);

      if (opl_leergesprek_get_start_minute (leergesprek) == 9 * 60 + 30)
        {
          g_assert_cmpint (g_date_get_weekday (opl_leergesprek_get_date (leergesprek)), ==, G_DATE_WEDNESDAY);
          g_assert_cmpint (opl_leergesprek_get_duration (leergesprek), ==, 75);
          added++;
        }
    }
  g_assert_cmpuint (added, ==, after->len - before->len);
  expected = g_strdup_printf ("%u leergesprekken planned", added);
  g_assert_cmpstr (opl_leergesprekken_page_get_last_message (fixture.page), ==, expected);

  /* Once more: nothing left to plan. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture.page), "leergesprekken.plan-weeks", NULL));
  opl_gui_test_spin ();
  g_assert_cmpstr (opl_leergesprekken_page_get_last_message (fixture.page), ==,
                   "The coming weeks were planned already");

  fixture_close (&fixture);
}

static void
test_week_rows (void)
{
  Fixture fixture = { NULL };
  g_autoptr(OplLeergesprek) proposed = NULL;
  g_autoptr(OplLeergesprek) changed = NULL;
  GtkWidget *row, *kind_row;
  GtkListBox *warnings;
  g_autofree char *titles = NULL;

  fixture_open (&fixture, "weeks.db", "Anna de Vries");

  /* This week, the next eight, and the Christmas holiday among them. */
  g_assert_cmpuint (opl_gui_test_count_children (GTK_WIDGET (opl_leergesprekken_page_get_weeks_list (fixture.page)), TRUE),
                    ==, 9);
  row = week_row (&fixture, 17, 11);
  g_assert_true (gtk_widget_has_css_class (row, "opl-this-week"));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (week_row (&fixture, 24, 11))),
                            "Agenda ready"));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (week_row (&fixture, 1, 12))),
                            "No agenda yet"));
  row = week_row (&fixture, 22, 12);
  g_assert_true (ADW_IS_ACTION_ROW (row));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Holiday: no leergesprek this week");

  /* The planner proposes; the opleider changes the kind of 1 December. The rows inside
   * a week are built when it is first expanded (issue 19), and are all there then. */
  row = week_row (&fixture, 1, 12);
  g_assert_null (find_titled (row, ADW_TYPE_COMBO_ROW, "Kind"));
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  opl_gui_test_spin ();
  kind_row = find_titled (row, ADW_TYPE_COMBO_ROW, "Kind");
  g_assert_nonnull (kind_row);
  proposed = stored_on (fixture.store, fixture.charlotte_traject, 1, 12);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (kind_row)), ==, opl_leergesprek_get_kind (proposed));
  g_assert_nonnull (find_titled (row, ADW_TYPE_ACTION_ROW, "Open Agenda and Notes"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind_row), OPL_LEERGESPREK_COMBEL);
  opl_gui_test_spin ();
  changed = stored_on (fixture.store, fixture.charlotte_traject, 1, 12);
  g_assert_cmpint (opl_leergesprek_get_kind (changed), ==, OPL_LEERGESPREK_COMBEL);
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (week_row (&fixture, 1, 12))),
                            "ComBel"));

  /* The week the demo left out, a month ago. */
  warnings = opl_leergesprekken_page_get_warnings_list (fixture.page);
  titles = opl_gui_test_list_titles (warnings);
  g_assert_nonnull (strstr (titles, "No leergesprek in the week of 27 October"));

  fixture_close (&fixture);
}

static void
test_agenda_by_aios (void)
{
  Fixture fixture = { NULL };
  g_autoptr(OplDatabase) other_database = NULL;
  g_autoptr(OplStore) other = NULL;
  g_autoptr(OplLeergesprek) seen = NULL;
  g_autoptr(GError) error = NULL;
  OplLeergesprekEditor *editor;
  const char *agenda = "Casus: de patiënt met pijn op de borst.\nLeerdoel: telefonische triage.";

  fixture_open (&fixture, "agenda.db", "Charlotte Bakker");

  editor = open_editor (&fixture, 1, 12);
  /* The aios reads the notes but does not write them. */
  g_assert_false (gtk_text_view_get_editable (opl_leergesprek_editor_get_text_view (editor, OPL_LEERGESPREK_NOTES)));
  g_assert_false (gtk_widget_get_visible (opl_leergesprek_editor_get_held_button (editor)));
  set_text_view (editor, OPL_LEERGESPREK_AGENDA, agenda);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  opl_gui_test_spin ();
  g_assert_null (opl_leergesprekken_page_get_editor (fixture.page));
  g_assert_cmpstr (opl_leergesprekken_page_get_last_message (fixture.page), ==, "Leergesprek saved");

  /* Another connection to the file sees it. */
  other_database = opl_test_open (fixture.path);
  other = opl_store_new (other_database);
  opl_store_load (other, &error);
  g_assert_no_error (error);
  seen = stored_on (other, fixture.charlotte_traject, 1, 12);
  g_assert_cmpstr (opl_leergesprek_get_text (seen, OPL_LEERGESPREK_AGENDA), ==, agenda);
  g_assert_cmpint (opl_leergesprek_get_status (seen), ==, OPL_LEERGESPREK_PLANNED);

  /* The opleider's page says it is ready, and the opleider may only read it. */
  open_as (&fixture, "Anna de Vries");
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (week_row (&fixture, 1, 12))),
                            "Agenda ready"));
  editor = open_editor (&fixture, 1, 12);
  g_assert_false (gtk_text_view_get_editable (opl_leergesprek_editor_get_text_view (editor, OPL_LEERGESPREK_AGENDA)));
  /* Issue 19: it does not look like a field, and Tab passes it by. */
  g_assert_false (gtk_widget_get_focusable (GTK_WIDGET (opl_leergesprek_editor_get_text_view (editor, OPL_LEERGESPREK_AGENDA))));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (opl_leergesprek_editor_get_text_view (editor, OPL_LEERGESPREK_AGENDA)),
                                           "opl-read-only"));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (opl_leergesprek_editor_get_text_view (editor, OPL_LEERGESPREK_NOTES))));
  gtk_window_destroy (GTK_WINDOW (editor));
  opl_gui_test_spin ();

  fixture_close (&fixture);
}

static void
test_notes_and_held (void)
{
  Fixture fixture = { NULL };
  g_autoptr(OplLeergesprek) stored = NULL;
  OplLeergesprekEditor *editor;

  fixture_open (&fixture, "held.db", "Anna de Vries");

  /* Issue 19: "a leergesprek in the future can be marked held": not before its day
   * (today is Sunday 22 November), and the button says why. */
  editor = open_editor (&fixture, 24, 11);
  g_assert_false (gtk_widget_get_sensitive (opl_leergesprek_editor_get_held_button (editor)));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.mark-held", NULL);
  opl_gui_test_spin ();
  stored = stored_on (fixture.store, fixture.charlotte_traject, 24, 11);
  g_assert_cmpint (opl_leergesprek_get_status (stored), ==, OPL_LEERGESPREK_PLANNED);
  g_clear_object (&stored);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (opl_leergesprek_editor_get_held_button (editor)), ==,
                   "A leergesprek can be marked as held on its day or later, not before");
  gtk_window_destroy (GTK_WINDOW (editor));
  opl_gui_test_spin ();

  /* On Tuesday 24 November, its day. */
  g_setenv ("OPL_TODAY", "2026-11-24", TRUE);
  editor = open_editor (&fixture, 24, 11);
  /* The agenda Charlotte prepared. */
  g_assert_nonnull (strstr (opl_leergesprek_get_text (opl_leergesprek_editor_get_leergesprek (editor),
                                                      OPL_LEERGESPREK_AGENDA), "Diabetes"));
  set_text_view (editor, OPL_LEERGESPREK_NOTES, "Video van het spreekuur bekeken.");
  set_text_view (editor, OPL_LEERGESPREK_AGREEMENTS, "Volgende week de ComBel voorbereiden.");
  gtk_editable_set_text (GTK_EDITABLE (opl_leergesprek_editor_get_entry_row (editor, OPL_LEERGESPREK_TOP)),
                         "Rustig en duidelijk uitgelegd.");
  gtk_editable_set_text (GTK_EDITABLE (opl_leergesprek_editor_get_entry_row (editor, OPL_LEERGESPREK_TIP)),
                         "Vaker samenvatten aan het eind.");
  g_assert_true (gtk_widget_get_visible (opl_leergesprek_editor_get_held_button (editor)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.mark-held", NULL));
  opl_gui_test_spin ();

  stored = stored_on (fixture.store, fixture.charlotte_traject, 24, 11);
  g_assert_cmpint (opl_leergesprek_get_status (stored), ==, OPL_LEERGESPREK_HELD);
  g_assert_cmpstr (opl_leergesprek_get_text (stored, OPL_LEERGESPREK_NOTES), ==, "Video van het spreekuur bekeken.");
  g_assert_cmpstr (opl_leergesprek_get_text (stored, OPL_LEERGESPREK_AGREEMENTS), ==,
                   "Volgende week de ComBel voorbereiden.");
  g_assert_cmpstr (opl_leergesprek_get_text (stored, OPL_LEERGESPREK_TOP), ==, "Rustig en duidelijk uitgelegd.");
  g_assert_cmpstr (opl_leergesprek_get_text (stored, OPL_LEERGESPREK_TIP), ==, "Vaker samenvatten aan het eind.");
  /* The agenda stays as the aios wrote it. */
  g_assert_nonnull (strstr (opl_leergesprek_get_text (stored, OPL_LEERGESPREK_AGENDA), "Diabetes"));
  g_assert_false (gtk_widget_get_visible (opl_leergesprek_editor_get_held_button (editor)));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (week_row (&fixture, 24, 11))),
                            "Held"));
  g_setenv ("OPL_TODAY", "2026-11-22", TRUE);

  gtk_window_destroy (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  fixture_close (&fixture);
}

static void
test_cancel_needs_reason (void)
{
  Fixture fixture = { NULL };
  g_autoptr(OplLeergesprek) refused = NULL;
  g_autoptr(OplLeergesprek) cancelled = NULL;
  OplLeergesprekEditor *editor;
  AdwMessageDialog *dialog;

  fixture_open (&fixture, "cancel.db", "Anna de Vries");
  editor = open_editor (&fixture, 8, 12);

  /* Without a reason the core refuses, and the editor says why. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel-leergesprek", NULL));
  dialog = opl_leergesprek_editor_get_cancel_dialog (editor);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel-leergesprek");
  opl_gui_test_spin ();
  g_assert_cmpstr (opl_leergesprek_editor_get_last_message (editor), ==,
                   "A cancelled leergesprek needs a reason");
  refused = stored_on (fixture.store, fixture.charlotte_traject, 8, 12);
  g_assert_cmpint (opl_leergesprek_get_status (refused), ==, OPL_LEERGESPREK_PLANNED);
  g_assert_cmpint (opl_leergesprek_get_status (opl_leergesprek_editor_get_leergesprek (editor)), ==,
                   OPL_LEERGESPREK_PLANNED);

  /* With one it is stored. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.cancel-leergesprek", NULL));
  dialog = opl_leergesprek_editor_get_cancel_dialog (editor);
  gtk_editable_set_text (opl_leergesprek_editor_get_reason_entry (editor), "Opleider op nascholing");
  adw_message_dialog_response (dialog, "cancel-leergesprek");
  opl_gui_test_spin ();
  cancelled = stored_on (fixture.store, fixture.charlotte_traject, 8, 12);
  g_assert_cmpint (opl_leergesprek_get_status (cancelled), ==, OPL_LEERGESPREK_CANCELLED);
  g_assert_cmpstr (opl_leergesprek_get_text (cancelled, OPL_LEERGESPREK_CANCEL_REASON), ==,
                   "Opleider op nascholing");
  g_assert_cmpstr (opl_leergesprekken_page_get_last_message (fixture.page), ==, "Leergesprek cancelled");
  g_assert_false (gtk_widget_get_visible (opl_leergesprek_editor_get_cancel_button (editor)));

  gtk_window_destroy (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  fixture_close (&fixture);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Scrolls the page to its end, again as rows are added (they are built as the list
 * comes into view, issue 19), until @want rows are there or for 10 s; counts them. */
static guint
all_past_rows (Fixture *fixture,
               guint    want)
{
  GtkWidget *past = GTK_WIDGET (opl_leergesprekken_page_get_past_list (fixture->page));
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (past, GTK_TYPE_SCROLLED_WINDOW));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scrolled);
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (10, on_timeout_cb, &timed_out);
  guint n;

  while ((n = opl_gui_test_count_children (past, TRUE)) < want && !timed_out)
    {
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      g_main_context_iteration (NULL, TRUE);
    }
  if (!timed_out)
    g_source_remove (timeout);

  /* And no more than that. */
  opl_gui_test_spin ();
  n = opl_gui_test_count_children (past, TRUE);
  gtk_adjustment_set_value (adjustment, 0.0);
  return n;
}

/* The past list is built as it is scrolled to: a few rows with the page, all of
 * them (up to 50) by its end, newest first, in the same order as the store's. */
static void
test_past_built_when_scrolled (void)
{
  Fixture fixture = { NULL };
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *past, *row;
  GDate yesterday, first_day;
  guint n_first, i;

  fixture_open (&fixture, "past-pages.db", "Anna de Vries");
  past = GTK_WIDGET (opl_leergesprekken_page_get_past_list (fixture.page));
  n_first = opl_gui_test_count_children (past, TRUE);
  g_assert_cmpuint (n_first, >, 0);

  opl_date_set_today (&yesterday);
  g_date_subtract_days (&yesterday, 1);
  g_date_set_dmy (&first_day, 1, G_DATE_JANUARY, 2000);
  expected = opl_store_list_leergesprekken (fixture.store, fixture.charlotte_traject,
                                            &first_day, &yesterday, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, >, n_first);

  g_assert_cmpuint (all_past_rows (&fixture, MIN (expected->len, 50)), ==, MIN (expected->len, 50));
  for (row = gtk_widget_get_first_child (past), i = expected->len; row != NULL; row = gtk_widget_get_next_sibling (row), i--)
    g_assert_cmpstr (g_object_get_data (G_OBJECT (row), "opl-leergesprek-id"), ==,
                     opl_leergesprek_get_id (g_ptr_array_index (expected, i - 1)));

  fixture_close (&fixture);
}

/* Issue 19: the past leergesprekken lie below the weeks: a page not shown yet builds
 * none for its first frame, and its first page right after it. */
static void
test_past_after_first_frame (void)
{
  g_autofree char *path = opl_test_db_path ("past-later.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  OplLeergesprekkenPage *page;
  GtkWidget *window, *past;

  page = OPL_LEERGESPREKKEN_PAGE (g_object_ref_sink (opl_leergesprekken_page_new (store,
                                                          opl_test_find_person (store, "Anna de Vries"))));
  past = GTK_WIDGET (opl_leergesprekken_page_get_past_list (page));
  g_assert_cmpuint (opl_gui_test_count_children (past, TRUE), ==, 0);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  gtk_window_present (GTK_WINDOW (window));
  opl_gui_test_spin ();
  g_assert_cmpuint (opl_gui_test_count_children (past, TRUE), >, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (page);
  opl_gui_test_spin ();
}

static void
test_search_past (void)
{
  Fixture fixture = { NULL };
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GError) error = NULL;
  GtkListBox *past;
  g_autofree char *titles = NULL;
  GtkWidget *first;
  GDate yesterday, first_day;
  guint n_all;

  fixture_open (&fixture, "search.db", "Anna de Vries");
  past = opl_leergesprekken_page_get_past_list (fixture.page);
  opl_date_set_today (&yesterday);
  g_date_subtract_days (&yesterday, 1);
  g_date_clear (&first_day, 1);
  g_date_set_dmy (&first_day, 1, G_DATE_JANUARY, 2000);
  expected = opl_store_list_leergesprekken (fixture.store, fixture.charlotte_traject,
                                            &first_day, &yesterday, NULL, &error);
  g_assert_no_error (error);
  n_all = all_past_rows (&fixture, MIN (expected->len, 50));
  g_assert_cmpuint (n_all, ==, MIN (expected->len, 50));
  g_assert_cmpuint (n_all, >, 3);
  g_clear_pointer (&expected, g_ptr_array_unref);

  /* Newest first: last Tuesday. */
  first = gtk_widget_get_first_child (GTK_WIDGET (past));
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), "Tuesday 17 November"));

  /* A word of one of the demo's tips. */
  gtk_editable_set_text (GTK_EDITABLE (opl_leergesprekken_page_get_search_entry (fixture.page)), "vangnetafspraak");
  g_signal_emit_by_name (opl_leergesprekken_page_get_search_entry (fixture.page), "search-changed");
  opl_gui_test_spin ();

  expected = opl_store_list_leergesprekken (fixture.store, fixture.charlotte_traject,
                                            &first_day, &yesterday, "vangnetafspraak", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (all_past_rows (&fixture, expected->len), ==, expected->len);
  g_assert_cmpuint (expected->len, <, n_all);
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (past)); row != NULL; row = gtk_widget_get_next_sibling (row))
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "vangnetafspraak"));

  gtk_editable_set_text (GTK_EDITABLE (opl_leergesprekken_page_get_search_entry (fixture.page)), "xyzzy");
  g_signal_emit_by_name (opl_leergesprekken_page_get_search_entry (fixture.page), "search-changed");
  opl_gui_test_spin ();
  titles = opl_gui_test_list_titles (past);
  g_assert_cmpstr (titles, ==, "Nothing found for “xyzzy”");

  fixture_close (&fixture);
}

static void
test_export_calendar (void)
{
  Fixture fixture = { NULL };
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  fixture_open (&fixture, "export.db", "Anna de Vries");
  path = g_build_filename (g_get_user_data_dir (), "leergesprekken.ics", NULL);
  file = g_file_new_for_path (path);

  g_assert_true (opl_leergesprekken_page_export_to (fixture.page, file));
  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "BEGIN:VCALENDAR"));
  g_assert_true (g_str_has_prefix (opl_leergesprekken_page_get_last_message (fixture.page), "Saved "));
  g_assert_true (g_str_has_suffix (opl_leergesprekken_page_get_last_message (fixture.page), " events"));

  fixture_close (&fixture);
}

/* The store's notes of @traject_id on 2026-@month-@day. */
static char *
stored_text (OplStore           *store,
             const char         *traject_id,
             int                 day,
             int                 month,
             OplLeergesprekText  which)
{
  g_autoptr(OplLeergesprek) leergesprek = stored_on (store, traject_id, day, month);

  return g_strdup (opl_leergesprek_get_text (leergesprek, which));
}

static char *
get_view_text (OplLeergesprekEditor *editor,
               OplLeergesprekText    which)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (opl_leergesprek_editor_get_text_view (editor, which));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Closing with unsaved changes asks: Cancel keeps the editor, Discard drops the
 * changes, Save stores them. Without changes it just closes. */
static void
test_close_asks (void)
{
  Fixture fixture = { NULL };
  g_autofree char *notes = NULL;
  OplLeergesprekEditor *editor;
  AdwMessageDialog *dialog;

  fixture_open (&fixture, "close.db", "Anna de Vries");

  /* Nothing typed: it closes at once. */
  editor = open_editor (&fixture, 1, 12);
  g_assert_false (opl_leergesprek_editor_has_unsaved_changes (editor));
  gtk_window_close (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  g_assert_null (opl_leergesprekken_page_get_editor (fixture.page));

  editor = open_editor (&fixture, 1, 12);
  set_text_view (editor, OPL_LEERGESPREK_NOTES, "Eerste aantekeningen.");
  g_assert_true (opl_leergesprek_editor_has_unsaved_changes (editor));

  /* Cancel: still open, nothing stored. */
  gtk_window_close (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  dialog = opl_leergesprek_editor_get_close_dialog (editor);
  g_assert_nonnull (dialog);
  g_assert_true (opl_leergesprekken_page_get_editor (fixture.page) == editor);
  adw_message_dialog_response (dialog, "cancel");
  opl_gui_test_spin ();
  g_assert_true (opl_leergesprekken_page_get_editor (fixture.page) == editor);
  g_assert_null (opl_leergesprek_editor_get_close_dialog (editor));

  /* Discard: closed, nothing stored. */
  gtk_window_close (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  adw_message_dialog_response (opl_leergesprek_editor_get_close_dialog (editor), "discard");
  opl_gui_test_spin ();
  g_assert_null (opl_leergesprekken_page_get_editor (fixture.page));
  notes = stored_text (fixture.store, fixture.charlotte_traject, 1, 12, OPL_LEERGESPREK_NOTES);
  g_assert_cmpstr (notes, ==, "");
  g_clear_pointer (&notes, g_free);

  /* Save: closed, stored. */
  editor = open_editor (&fixture, 1, 12);
  set_text_view (editor, OPL_LEERGESPREK_NOTES, "Tweede aantekeningen.");
  gtk_window_close (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  adw_message_dialog_response (opl_leergesprek_editor_get_close_dialog (editor), "save");
  opl_gui_test_spin ();
  g_assert_null (opl_leergesprekken_page_get_editor (fixture.page));
  notes = stored_text (fixture.store, fixture.charlotte_traject, 1, 12, OPL_LEERGESPREK_NOTES);
  g_assert_cmpstr (notes, ==, "Tweede aantekeningen.");
  g_assert_cmpstr (opl_leergesprekken_page_get_last_message (fixture.page), ==, "Leergesprek saved");

  fixture_close (&fixture);
}

/* Another PC (a second connection, as the aios) writes the agenda while the opleider
 * has the leergesprek open. The editor does not overwrite it silently. */
static void
write_agenda_elsewhere (OplStore   *other,
                        const char *traject_id,
                        const char *agenda)
{
  g_autoptr(OplLeergesprek) theirs = stored_on (other, traject_id, 1, 12);
  g_autoptr(GError) error = NULL;

  opl_leergesprek_set_text (theirs, OPL_LEERGESPREK_AGENDA, agenda);
  g_assert_true (opl_store_save_leergesprek (other, theirs, &error));
  g_assert_no_error (error);
}

static void
test_changed_elsewhere (void)
{
  Fixture fixture = { NULL };
  g_autoptr(OplStore) other = NULL;
  g_autofree char *agenda = NULL;
  g_autofree char *notes = NULL;
  g_autofree char *shown = NULL;
  OplLeergesprekEditor *editor;
  AdwMessageDialog *dialog;

  fixture_open (&fixture, "elsewhere.db", "Anna de Vries");
  other = opl_test_open_store_as (fixture.path, "Charlotte Bakker");

  /* Save: refused, and the person is told who changed it; nothing is written. */
  editor = open_editor (&fixture, 1, 12);
  set_text_view (editor, OPL_LEERGESPREK_NOTES, "Aantekeningen bij de oude versie.");
  write_agenda_elsewhere (other, fixture.charlotte_traject, "Casus: hoofdpijn.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  opl_gui_test_spin ();
  dialog = opl_leergesprek_editor_get_conflict_dialog (editor);
  g_assert_nonnull (dialog);
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog),
                                   "Charlotte Bakker changed this leergesprek after you opened it."));
  g_assert_true (opl_leergesprekken_page_get_editor (fixture.page) == editor);
  notes = stored_text (fixture.store, fixture.charlotte_traject, 1, 12, OPL_LEERGESPREK_NOTES);
  g_assert_cmpstr (notes, ==, "");
  g_clear_pointer (&notes, g_free);

  /* Keep editing, then save theirs over it: the aios's agenda stays, the notes are
   * added, and the editor closes as Save does. */
  adw_message_dialog_response (dialog, "cancel");
  opl_gui_test_spin ();
  g_assert_true (opl_leergesprekken_page_get_editor (fixture.page) == editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  opl_gui_test_spin ();
  adw_message_dialog_response (opl_leergesprek_editor_get_conflict_dialog (editor), "overwrite");
  opl_gui_test_spin ();
  g_assert_null (opl_leergesprekken_page_get_editor (fixture.page));
  agenda = stored_text (fixture.store, fixture.charlotte_traject, 1, 12, OPL_LEERGESPREK_AGENDA);
  notes = stored_text (fixture.store, fixture.charlotte_traject, 1, 12, OPL_LEERGESPREK_NOTES);
  g_assert_cmpstr (agenda, ==, "Casus: hoofdpijn.");
  g_assert_cmpstr (notes, ==, "Aantekeningen bij de oude versie.");
  g_clear_pointer (&agenda, g_free);
  g_clear_pointer (&notes, g_free);

  /* Reload: the other version, what was typed dropped (on 1 December, its day, so that
   * it can be marked as held). */
  g_setenv ("OPL_TODAY", "2026-12-01", TRUE);
  editor = open_editor (&fixture, 1, 12);
  set_text_view (editor, OPL_LEERGESPREK_NOTES, "Wordt weggegooid.");
  write_agenda_elsewhere (other, fixture.charlotte_traject, "Casus: duizeligheid.");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.mark-held", NULL));
  opl_gui_test_spin ();
  adw_message_dialog_response (opl_leergesprek_editor_get_conflict_dialog (editor), "reload");
  opl_gui_test_spin ();
  g_assert_true (opl_leergesprekken_page_get_editor (fixture.page) == editor);
  shown = get_view_text (editor, OPL_LEERGESPREK_AGENDA);
  g_assert_cmpstr (shown, ==, "Casus: duizeligheid.");
  g_clear_pointer (&shown, g_free);
  shown = get_view_text (editor, OPL_LEERGESPREK_NOTES);
  g_assert_cmpstr (shown, ==, "Aantekeningen bij de oude versie.");
  g_clear_pointer (&shown, g_free);
  g_assert_false (opl_leergesprek_editor_has_unsaved_changes (editor));
  g_assert_cmpint (opl_leergesprek_get_status (stored_on (fixture.store, fixture.charlotte_traject, 1, 12)), ==,
                   OPL_LEERGESPREK_PLANNED);

  /* Nothing typed: a change elsewhere shows up as soon as the store notices it. */
  write_agenda_elsewhere (other, fixture.charlotte_traject, "Casus: rugpijn.");
  g_assert_true (opl_store_poll (fixture.store));
  opl_gui_test_spin ();
  shown = get_view_text (editor, OPL_LEERGESPREK_AGENDA);
  g_assert_cmpstr (shown, ==, "Casus: rugpijn.");
  g_clear_pointer (&shown, g_free);
  g_assert_cmpstr (opl_leergesprek_editor_get_last_message (editor), ==, "Updated with a change made elsewhere");

  /* Something typed: it is offered, not taken. */
  set_text_view (editor, OPL_LEERGESPREK_NOTES, "Nieuwe aantekeningen.");
  write_agenda_elsewhere (other, fixture.charlotte_traject, "Casus: buikpijn.");
  g_assert_true (opl_store_poll (fixture.store));
  opl_gui_test_spin ();
  shown = get_view_text (editor, OPL_LEERGESPREK_AGENDA);
  g_assert_cmpstr (shown, ==, "Casus: rugpijn.");
  g_clear_pointer (&shown, g_free);
  g_assert_cmpstr (opl_leergesprek_editor_get_last_message (editor), ==, "Changed elsewhere while you were editing");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.reload", NULL));
  opl_gui_test_spin ();
  shown = get_view_text (editor, OPL_LEERGESPREK_AGENDA);
  g_assert_cmpstr (shown, ==, "Casus: buikpijn.");

  gtk_window_destroy (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  g_setenv ("OPL_TODAY", "2026-11-22", TRUE);
  fixture_close (&fixture);
}

/* domain.md "Leergesprekken": at least an hour, on one day. A time moved past midnight
 * is refused by the store, the editor says why in its words, and stays open. */
static void
test_editor_refuses_time (void)
{
  Fixture fixture = { NULL };
  g_autoptr(OplLeergesprek) stored = NULL;
  OplLeergesprekEditor *editor;

  fixture_open (&fixture, "late.db", "Anna de Vries");
  editor = open_editor (&fixture, 1, 12);
  gtk_spin_button_set_value (opl_leergesprek_editor_get_spin (editor, "hour"), 23);
  gtk_spin_button_set_value (opl_leergesprek_editor_get_spin (editor, "duration"), 90);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  opl_gui_test_spin ();

  g_assert_cmpstr (opl_leergesprek_editor_get_last_message (editor), ==,
                   "A leergesprek must start and end on the same day: 90 minutes from 23:00 run past midnight");
  g_assert_true (opl_leergesprekken_page_get_editor (fixture.page) == editor);
  stored = stored_on (fixture.store, fixture.charlotte_traject, 1, 12);
  g_assert_cmpint (opl_leergesprek_get_start_minute (stored), ==, 13 * 60);
  g_assert_cmpint (opl_leergesprek_get_duration (stored), ==, 60);

  gtk_window_destroy (GTK_WINDOW (editor));
  opl_gui_test_spin ();
  fixture_close (&fixture);
}

int
main (int   argc,
      char *argv[])
{
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/leergesprekken/slot-and-plan", test_slot_and_plan);
  g_test_add_func ("/opl/gui/leergesprekken/week-rows", test_week_rows);
  g_test_add_func ("/opl/gui/leergesprekken/agenda-by-aios", test_agenda_by_aios);
  g_test_add_func ("/opl/gui/leergesprekken/notes-and-held", test_notes_and_held);
  g_test_add_func ("/opl/gui/leergesprekken/cancel-needs-reason", test_cancel_needs_reason);
  g_test_add_func ("/opl/gui/leergesprekken/search-past", test_search_past);
  g_test_add_func ("/opl/gui/leergesprekken/past-built-when-scrolled", test_past_built_when_scrolled);
  g_test_add_func ("/opl/gui/leergesprekken/past-after-first-frame", test_past_after_first_frame);
  g_test_add_func ("/opl/gui/leergesprekken/export-calendar", test_export_calendar);
  g_test_add_func ("/opl/gui/leergesprekken/close-asks", test_close_asks);
  g_test_add_func ("/opl/gui/leergesprekken/changed-elsewhere", test_changed_elsewhere);
  g_test_add_func ("/opl/gui/leergesprekken/editor-refuses-time", test_editor_refuses_time);

  return g_test_run ();
}
