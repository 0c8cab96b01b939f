/* test-gui-a11y.c: every button a person can operate has a name for a screen reader.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Source: the brief's GUI rules (icon-only buttons get a tooltip AND an accessible
 * label) and testing.md "Seeing the app as a screen reader does": on GTK 4.8 a
 * tooltip does not name a button, so an icon-only button or menu button without an
 * accessible label is read as "GtkImage" or "GtkMenuButton".
 */

#include "config.h"

#include "opl-gui-test-utils.h"
#include "opl-leergesprekken-page-private.h"
#include "opl-test-utils.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

static void
assert_all_named (GtkWidget *root,
                  guint      min_named)
{
  guint n_named = 0;
  g_autofree char *unnamed = opl_gui_test_describe_unnamed (root, &n_named);

  /* The rule is opl_gui_test_describe_unnamed()'s, shared with test-gui-screenshots. */
  g_assert_cmpstr (unnamed, ==, "");
  g_assert_cmpuint (n_named, >=, min_named);
}

/* The window's pages (welcome, practice setup, profiles) and, for an opleider, every
 * view of the workspace, folded (with its back button) and not, and the editor. */
static void
test_icon_buttons_named (void)
{
  g_autofree char *path = opl_test_db_path ("a11y.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  const char *views[] = { "dashboard", "checklist", "leergesprekken", "formulieren", "scholing", "traject", "praktijk",
                          "export" };
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplWorkspace *workspace;
  OplLeergesprekkenPage *page;
  GtkWidget *row;
  GtkWidget *editor;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  /* The pages are built when first shown or asked for: all of them, here. */
  g_assert_nonnull (opl_window_get_page (window, "welcome"));
  g_assert_nonnull (opl_window_get_page (window, "setup"));
  opl_gui_test_show (GTK_WINDOW (window));
  /* The welcome page, the setup form and the profile chooser: three menu and back
   * buttons at least. */
  assert_all_named (GTK_WIDGET (window), 3);

  opl_window_open_profile (window, opl_person_get_id (opl_test_find_person (store, "Anna de Vries")));
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      opl_workspace_show_view (workspace, views[i]);
      opl_gui_test_spin ();
      assert_all_named (GTK_WIDGET (window), 4);
    }

  /* Narrow: the workspace folds and shows its back button. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 700);
  opl_gui_test_spin ();
  assert_all_named (GTK_WIDGET (window), 4);

  /* Every view fits 360 px (the window adds its decorations), its wrapping labels'
   * floors included (opl_compat_floor_wrapping_labels()). */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      int minimum = 0;

      opl_workspace_show_view (workspace, views[i]);
      opl_gui_test_spin ();
      gtk_widget_measure (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)),
                          GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_test_message ("%s: %d px at the least", views[i], minimum);
      if (minimum > 360)
        {
          g_autofree char *widest = opl_gui_test_describe_wide (GTK_WIDGET (window), 360);

          g_test_message ("What needs more than 360 px:\n%s", widest);
        }
      g_assert_cmpint (minimum, <=, 360);
    }

  /* The leergesprek editor. */
  page = opl_workspace_get_leergesprekken_page (workspace);
  row = gtk_widget_get_first_child (GTK_WIDGET (opl_leergesprekken_page_get_weeks_list (page)));
  g_assert_nonnull (row);
  editor = opl_leergesprekken_page_open_leergesprek (page, g_object_get_data (G_OBJECT (row), "opl-leergesprek-id"));
  g_assert_nonnull (editor);
  opl_gui_test_spin ();
  assert_all_named (editor, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  opl_gui_test_spin ();
}

/* Issue 19: "The sidebar items have empty accessible names" and "Shift+Tab through the
 * sidebar selects and switches the page at every step; moving the focus must not
 * activate a page (Enter or a click does), as in GNOME Settings." */
static void
test_sidebar (void)
{
  g_autofree char *path = opl_test_db_path ("sidebar.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  OplWindow *window = opl_window_new (NULL, store, NULL);
  OplWorkspace *workspace;
  GtkListBox *list;
  GtkListBoxRow *second;
  guint n_rows = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 768);
  opl_gui_test_show (GTK_WINDOW (window));
  opl_window_open_profile (window, opl_person_get_id (opl_test_find_person (store, "Anna de Vries")));
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  list = opl_workspace_get_sidebar_list (workspace);
  opl_workspace_show_view (workspace, "dashboard");
  opl_gui_test_spin ();

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (!gtk_widget_get_visible (row))
        continue;
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL));
      n_rows++;
    }
  g_assert_cmpuint (n_rows, ==, 8);

  /* The arrow key's binding moves the cursor and, in a list box, the selection. */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)));
  g_signal_emit_by_name (list, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
  opl_gui_test_spin ();
  second = gtk_list_box_get_row_at_index (list, 1);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (second)));
  g_assert_cmpstr (opl_workspace_get_visible_view (workspace), ==, "dashboard");
  g_assert_true (gtk_list_box_get_selected_row (list) == gtk_list_box_get_row_at_index (list, 0));

  /* Enter (row-activated) switches. */
  g_signal_emit_by_name (list, "row-activated", second);
  opl_gui_test_spin ();
  g_assert_cmpstr (opl_workspace_get_visible_view (workspace), ==, "checklist");
  g_assert_true (gtk_list_box_get_selected_row (list) == second);

  gtk_window_destroy (GTK_WINDOW (window));
  opl_gui_test_spin ();
}

int
main (int   argc,
      char *argv[])
{
  /* The test backend keeps what the widgets tell the screen reader, to be read back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  opl_gui_test_init (&argc, &argv);

  g_test_add_func ("/opl/gui/a11y/icon-buttons-named", test_icon_buttons_named);
  g_test_add_func ("/opl/gui/a11y/sidebar", test_sidebar);

  return g_test_run ();
}
