/* opl-gui-test-utils.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <stdlib.h>

#include "opl-gui-test-utils.h"
#include "opl-test-utils.h"

/* The tests see the day the demo and the fixtures are written for. */
void
opl_gui_test_init (int    *argc,
                   char ***argv)
{
  const char * const *system_dirs = g_get_system_data_dirs ();
  g_autoptr(GStrvBuilder) mime_dirs = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  /* Isolated XDG dirs hide the MIME database, and without it gdk-pixbuf can't tell
   * that GTK's own symbolic icons are SVG. The system's MIME data is read-only, so
   * the tests may share it. */
  for (guint i = 0; system_dirs[i] != NULL; i++)
    {
      g_autofree char *dir = g_build_filename (system_dirs[i], "mime", NULL);

      g_strv_builder_add (mime_dirs, dir);
    }
  strv = g_strv_builder_end (mime_dirs);

  g_setenv ("OPL_TODAY", "2026-11-22", TRUE);
  g_test_init (argc, argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  g_content_type_set_mime_dirs ((const char * const *) strv);

  /* flatpak-builder runs the tests without a display: skip there, but never where a
   * display was promised (build-aux/opl-dev sets OPL_REQUIRE_DISPLAY under Xvfb). */
  if (!gtk_init_check ())
    {
      if (g_getenv ("OPL_REQUIRE_DISPLAY") != NULL)
        g_error ("No display, though OPL_REQUIRE_DISPLAY is set");
      g_print ("1..0 # SKIP no display to run GTK tests on\n");
      exit (0);
    }
  adw_init ();

  /* Animations end instantly: the tests act faster than any frame, and libadwaita 1.2
   * crashes when a toast's hide animation ends before its show animation (see
   * opl-window.c, TOAST_SHOW_MS). */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
}

void
opl_gui_test_spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Runs the main loop for @ms milliseconds (timeouts, a toast's dismissal), then
 * until it is idle. */
void
opl_gui_test_wait_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  opl_gui_test_spin ();
}

/* The newest visible toplevel of @type (an editor, a dialog the GUI opened), or %NULL. */
GtkWidget *
opl_gui_test_find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        found = GTK_WIDGET (window);
    }

  return found;
}

/* Destroys every toplevel but @keep (%NULL: all), such as the dialogs and editors a
 * test left open. */
void
opl_gui_test_destroy_other_windows (GtkWindow *keep)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *other;

  /* One at a time: destroying a window also destroys the dialogs it is the parent of. */
  do
    {
      other = NULL;
      for (guint i = 0; i < g_list_model_get_n_items (toplevels) && other == NULL; i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (window != keep)
            other = window;
        }
      if (other != NULL)
        gtk_window_destroy (other);
    }
  while (other != NULL);
  opl_gui_test_spin ();
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Presents @window and waits until it is drawn, so that layout runs too. */
void
opl_gui_test_show (GtkWindow *window)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add (5000, on_timeout_cb, &timed_out);

  gtk_window_present (window);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (id);
  opl_gui_test_spin ();
}

OplStore *
opl_gui_test_empty_store (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OplDatabase) database = opl_test_open (path);
  OplStore *store = opl_store_new (database);

  opl_store_load (store, &error);
  g_assert_no_error (error);
  return store;
}

GtkWidget *
opl_gui_test_nth_child (GtkWidget *parent,
                        guint      n)
{
  GtkWidget *child = gtk_widget_get_first_child (parent);

  for (guint i = 0; child != NULL && i < n; i++)
    child = gtk_widget_get_next_sibling (child);

  g_assert_nonnull (child);
  return child;
}

guint
opl_gui_test_count_children (GtkWidget *parent,
                             gboolean   visible_only)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (parent);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!visible_only || gtk_widget_get_visible (child))
        n++;
    }

  return n;
}

/* The titles of a boxed list's rows, joined with "|", to compare in one assertion. */
char *
opl_gui_test_list_titles (GtkListBox *list)
{
  g_autoptr(GStrvBuilder) titles = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_PREFERENCES_ROW (child))
        g_strv_builder_add (titles, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)));
    }

  strv = g_strv_builder_end (titles);
  return g_strjoinv ("|", strv);
}

/**
 * opl_gui_test_find_row:
 * @subtitle_part: (nullable): text the row's subtitle must contain
 *
 * Returns: (transfer none) (nullable): the #AdwActionRow of @list titled @title
 */
GtkWidget *
opl_gui_test_find_row (GtkListBox *list,
                       const char *title,
                       const char *subtitle_part)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (ADW_IS_ACTION_ROW (row) &&
          g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), title) == 0 &&
          (subtitle_part == NULL ||
           strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), subtitle_part) != NULL))
        return row;
    }

  return NULL;
}

const char *
opl_gui_test_row_subtitle (GtkListBox *list,
                           const char *title)
{
  GtkWidget *row = opl_gui_test_find_row (list, title, NULL);

  g_assert_nonnull (row);
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static void
describe_wide (GtkWidget *widget,
               int        limit,
               int        depth,
               GString   *text)
{
  int minimum = 0;

  if (!gtk_widget_get_visible (widget))
    return;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum <= limit)
    return;

  g_string_append_printf (text, "%*s%s %d px%s%s\n", depth, "", G_OBJECT_TYPE_NAME (widget), minimum,
                          GTK_IS_LABEL (widget) ? ": " : "",
                          GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "");
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    describe_wide (child, limit, depth + 1, text);
}

/**
 * opl_gui_test_describe_wide:
 *
 * Returns: (transfer full): every visible widget below @root (itself included) that
 *   needs more than @limit pixels across, as an indented tree: what makes a view too
 *   wide for a narrow window
 */
char *
opl_gui_test_describe_wide (GtkWidget *root,
                            int        limit)
{
  GString *text = g_string_new (NULL);

  describe_wide (root, limit, 0, text);
  return g_string_free (text, FALSE);
}

/* A button that shows an icon and no text of its own. */
static gboolean
is_icon_only (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget))
    return gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget)) != NULL &&
           gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)) == NULL;

  if (GTK_IS_BUTTON (widget) && !GTK_IS_MENU_BUTTON (gtk_widget_get_parent (widget)))
    return gtk_button_get_icon_name (GTK_BUTTON (widget)) != NULL &&
           gtk_button_get_label (GTK_BUTTON (widget)) == NULL;

  return FALSE;
}

static void
describe_unnamed (GtkWidget *widget,
                  GString   *unnamed,
                  guint     *n_named)
{
  /* Windows the toolkit builds whole (the shortcuts window's search and close
   * buttons, the about window's back buttons) and a preferences window's search
   * button are the toolkit's to name as well. */
  if (GTK_IS_SHORTCUTS_WINDOW (widget) || ADW_IS_ABOUT_WINDOW (widget))
    return;
  if (GTK_IS_TOGGLE_BUTTON (widget) && ADW_IS_PREFERENCES_WINDOW (gtk_widget_get_root (widget)) &&
      g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "edit-find-symbolic") == 0)
    return;

  if (is_icon_only (widget))
    {
      if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
        (*n_named)++;
      else
        g_string_append_printf (unnamed, "%s (%s) ", G_OBJECT_TYPE_NAME (widget),
                                GTK_IS_MENU_BUTTON (widget)
                                  ? gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (widget))
                                  : gtk_button_get_icon_name (GTK_BUTTON (widget)));
    }

  /* The toolkit's own parts (a spin button's +/−, a calendar's arrows, an entry row's
   * apply button) are the toolkit's to name. */
  if (GTK_IS_SPIN_BUTTON (widget) || GTK_IS_CALENDAR (widget) || ADW_IS_ENTRY_ROW (widget))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    describe_unnamed (child, unnamed, n_named);
}

/**
 * opl_gui_test_describe_unnamed:
 * @n_named: (out) (optional): adds the number of icon-only buttons that have a name
 *
 * The rule of test-gui-a11y: on GTK 4.8 a tooltip does not name a button, so an
 * icon-only button or menu button without an accessible label is read as "GtkImage"
 * or "GtkMenuButton". Needs `GTK_A11Y=test`, whose backend keeps the properties.
 *
 * Returns: (transfer full): the type and icon of each icon-only button below @root
 *   without an accessible label, or "" when there is none
 */
char *
opl_gui_test_describe_unnamed (GtkWidget *root,
                               guint     *n_named)
{
  GString *unnamed = g_string_new (NULL);
  guint n = 0;

  describe_unnamed (root, unnamed, &n);
  if (n_named != NULL)
    *n_named += n;
  return g_string_free (unnamed, FALSE);
}

/**
 * opl_gui_test_save_png:
 *
 * Renders @widget (a window) as it is now with its window's own renderer, so that no
 * screen grabber and no window manager are needed, and writes it to @path.
 */
gboolean
opl_gui_test_save_png (GtkWidget   *widget,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "nothing drawn");
      return FALSE;
    }

  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "could not write %s", path);
      return FALSE;
    }

  return TRUE;
}

/* Runs the capture-phase shortcut of @widget for @keyval with @modifiers, as a key
 * press anywhere inside it would (a capture controller sees it before the focused child). */
gboolean
opl_gui_test_run_capture_shortcut (GtkWidget       *widget,
                                   guint            keyval,
                                   GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_CAPTURE)
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          g_autoptr(GtkShortcutTrigger) pressed = gtk_keyval_trigger_new (keyval, modifiers);

          if (gtk_shortcut_trigger_equal (trigger, pressed))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }

  return FALSE;
}

/* Issue 19: @page (a reference the caller keeps) shown in a window of 1280 × 800: @first
 * is laid out for its first frame, @later not (built, but not yet shown), and both are
 * on the screen once the main loop has run. */
void
opl_gui_test_assert_later (GtkWidget *page,
                           GtkWidget *first,
                           GtkWidget *later)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));

  g_assert_true (gtk_widget_is_visible (first));
  g_assert_false (gtk_widget_is_visible (later));

  opl_gui_test_spin ();
  g_assert_true (gtk_widget_get_mapped (first));
  g_assert_true (gtk_widget_get_mapped (later));

  gtk_window_destroy (GTK_WINDOW (window));
  opl_gui_test_spin ();
}
