/* test-gui-screenshots.c: every view and dialog of each role, in Dutch, wide and
 * narrow, light and dark, as PNGs for a person to look at (issue 19).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For each role of the demo practice (an opleider, an aios in fase I, an aios in
 * fase II who trains a coassistent) one window at 1280×800 and one at 360×720 show
 * every view of the sidebar and open every dialog those views and the main menu
 * reach, first light, then dark. Each is rendered with GTK's own renderer (cairo,
 * under Xvfb) to role-view-size-scheme.png in $OPL_SCREENSHOT_DIR, or else in
 * screenshots/ of the tests' build folder, with an index.html to browse them.
 *
 * It fails when, while doing so,
 *  - GTK, libadwaita or the app logs a warning or a critical;
 *  - a mapped widget lies beyond its window's right or left edge, or a window grows
 *    wider than it was asked to be (its content does not fit);
 *  - an icon-only button has no accessible name, or a sidebar row has none: the rule
 *    of test-gui-a11y (opl_gui_test_describe_unnamed()).
 * Every problem is listed, with the shot it was found on, before the test fails.
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "opl-application.h"
#include "opl-gui-test-utils.h"
#include "opl-test-utils.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

/* The demo's people, one for each role. */
static const struct
{
  const char *id;       /* in the file names */
  const char *name;
} roles[] = {
  { "opleider", "Anna de Vries" },
  { "aios", "Charlotte Bakker" },
  /* Fase II, with a coassistent in two weeks: the coschap rows. The demo has no
   * coassistent of its own (a coassistent has no profile). */
  { "aios-fase2", "Daan Visser" },
};

static const struct
{
  const char *id;
  int         width;
  int         height;
} sizes[] = {
  { "1280", 1280, 800 },
  { "360", 360, 720 },
};

static const struct
{
  const char    *id;
  AdwColorScheme scheme;
} schemes[] = {
  { "licht", ADW_COLOR_SCHEME_FORCE_LIGHT },
  { "donker", ADW_COLOR_SCHEME_FORCE_DARK },
};

/* Where a dialog's action is activated. */
typedef enum
{
  ON_WINDOW,
  ON_WORKSPACE,
  ON_VIEW,
} Target;

/* The dialogs, each opened by its action. With @targeted, the action takes the target
 * of the first widget of the view that activates it (a row, a button): an existing
 * form, person or traject. A role whose view has no such widget, or whose action is
 * disabled, has no such dialog; an aios must not reach one that is @opleider_only
 * (an aios reads the practice). */
static const struct
{
  const char *id;
  const char *view;     /* shown first; NULL: any */
  Target      target;
  const char *action;
  gboolean    targeted;
  gboolean    opleider_only;   /* an aios may not open it */
} dialogs[] = {
  { "voorkeuren", NULL, ON_WORKSPACE, "workspace.show-preferences", FALSE, FALSE },
  { "reservekopieen", NULL, ON_WINDOW, "win.backups", FALSE, FALSE },
  { "sneltoetsen", NULL, ON_WINDOW, "win.show-help-overlay", FALSE, FALSE },
  { "over", NULL, ON_WINDOW, "app.about", FALSE, FALSE },
  { "wachtwoord", NULL, ON_WINDOW, "win.change-passphrase", FALSE, FALSE },
  { "leergesprek", "leergesprekken", ON_VIEW, "leergesprekken.open", TRUE, FALSE },
  { "formulier", "formulieren", ON_VIEW, "forms.open-form", TRUE, FALSE },
  { "vergelijken", "formulieren", ON_VIEW, "forms.compare", TRUE, FALSE },
  { "groei", "formulieren", ON_VIEW, "forms.growth", FALSE, FALSE },
  { "kpb-nieuw", "formulieren", ON_VIEW, "forms.add-kpb", FALSE, FALSE },
  { "kpb", "formulieren", ON_VIEW, "forms.edit-kpb", TRUE, FALSE },
  { "dienst-nieuw", "formulieren", ON_VIEW, "forms.add-dienst", FALSE, FALSE },
  { "dienst", "formulieren", ON_VIEW, "forms.edit-dienst", TRUE, FALSE },
  { "scholingsdag-nieuw", "scholing", ON_VIEW, "scholing.add-day", FALSE, TRUE },
  { "vrijstelling", "scholing", ON_VIEW, "scholing.dispensation", FALSE, TRUE },
  { "persoon-nieuw", "praktijk", ON_VIEW, "praktijk.add-person", FALSE, TRUE },
  { "persoon", "praktijk", ON_VIEW, "praktijk.edit-person", TRUE, TRUE },
  { "traject-nieuw", "praktijk", ON_VIEW, "praktijk.add-traject", FALSE, TRUE },
  { "traject", "praktijk", ON_VIEW, "praktijk.edit-traject", TRUE, TRUE },
  { "verlof", "praktijk", ON_VIEW, "praktijk.add-leave", TRUE, TRUE },
  { "einde-traject", "praktijk", ON_VIEW, "praktijk.end-traject", TRUE, TRUE },
  { "coschap", "praktijk", ON_VIEW, "praktijk.set-coschap", TRUE, TRUE },
  { "sluiting", "praktijk", ON_VIEW, "praktijk.add-closure", FALSE, TRUE },
};

/* Messages known to come from the toolkit, not from us: listed on the shot and in the
 * log, but no failure. Each names the shots it is known on. */
static const struct
{
  const char *shot;      /* part of the shot's name */
  const char *message;   /* part of the message */
  const char *why;
} known[] = {
  /* libadwaita 1.2: OplCombelCompare's AdwViewSwitcherTitle, squeezed to its title on
   * a narrow window, allocates its hidden AdwViewSwitcher and the buttons' boxes with
   * a height of -1. The window is drawn right. */
  { "-formulieren-vergelijken-360-", "and height -1", "libadwaita 1.2, AdwViewSwitcherTitle when narrow" },
  { "-formulieren-groei-360-", "and height -1", "libadwaita 1.2, AdwViewSwitcherTitle when narrow" },
};

static const char *
known_why (const char *shot,
           const char *message)
{
  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    {
      if (strstr (shot, known[i].shot) != NULL && strstr (message, known[i].message) != NULL)
        return known[i].why;
    }

  return NULL;
}

/* One PNG, and what was wrong on it. */
typedef struct
{
  char *role;
  char *view;
  char *file;
  char *problems;       /* NULL: none */
  char *known;          /* the toolkit's known messages, or NULL */
} Shot;

static void
shot_free (gpointer data)
{
  Shot *shot = data;

  g_free (shot->role);
  g_free (shot->view);
  g_free (shot->file);
  g_free (shot->problems);
  g_free (shot->known);
  g_free (shot);
}

static char *shot_dir;
static GPtrArray *shots;
static GHashTable *dialogs_opened;   /* dialog id → role id */
static GPtrArray *logged;            /* the warnings and criticals since the last shot */
static GString *problems;            /* of the current test case */

/* Warnings and criticals are collected, not fatal: the test names all of them, each
 * with the shot it came with. */
static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  if ((log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)) != 0)
    {
      g_autofree char *line = g_log_writer_format_fields (log_level, fields, n_fields, FALSE);

      g_printerr ("%s\n", line);
      g_ptr_array_add (logged, g_strdup (g_strstrip (line)));
      if ((log_level & G_LOG_LEVEL_ERROR) != 0)
        g_abort ();
      return G_LOG_WRITER_HANDLED;
    }

  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  *(gboolean *) user_data = TRUE;
}

/* Runs the main loop until @window has painted a new frame (so that its layout is
 * done), then until it is idle; twice, for what a first layout queues (a label's
 * floor, a scrolled list's adjustment). */
static void
wait_for_frames (GtkWidget *window)
{
  for (guint i = 0; i < 2; i++)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
      gboolean painted = FALSE, timed_out = FALSE;
      gulong handler;
      guint timeout;

      opl_gui_test_spin ();
      if (clock == NULL)
        return;

      handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &painted);
      timeout = g_timeout_add (2000, on_timeout_cb, &timed_out);
      gtk_widget_queue_draw (window);
      while (!painted && !timed_out)
        g_main_context_iteration (NULL, TRUE);
      g_signal_handler_disconnect (clock, handler);
      if (!timed_out)
        g_source_remove (timeout);
      opl_gui_test_spin ();
    }
}

/* The widgets below @widget that reach beyond @left or @right of @root. */
static void
find_overflow (GtkWidget *widget,
               GtkWidget *root,
               float      left,
               float      right,
               GString   *text)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget))
    return;

  /* A popover is a surface of its own. */
  if (GTK_IS_NATIVE (widget))
    return;

  if (gtk_widget_compute_bounds (widget, root, &bounds) &&
      bounds.size.width > 0 &&
      (bounds.origin.x < left - 0.5 || bounds.origin.x + bounds.size.width > right + 0.5))
    {
      g_string_append_printf (text, "%s%s%s%s from x %.0f to %.0f; ",
                              G_OBJECT_TYPE_NAME (widget),
                              GTK_IS_LABEL (widget) ? " “" : "",
                              GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "",
                              GTK_IS_LABEL (widget) ? "”" : "",
                              bounds.origin.x, bounds.origin.x + bounds.size.width);
      /* Its children go with it: the outermost is the one to name. */
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    find_overflow (child, root, left, right, text);
}

/* The rule of test-gui-a11y, for the sidebar rows. */
static void
find_unnamed_rows (GtkWidget *widget,
                   GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;

  if (GTK_IS_LIST_BOX_ROW (widget) && g_object_get_data (G_OBJECT (widget), "opl-view") != NULL &&
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    g_string_append_printf (text, "the sidebar row of %s; ", (char *) g_object_get_data (G_OBJECT (widget), "opl-view"));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    find_unnamed_rows (child, text);
}

/* Checks @window as it is shown now, renders it to role-view-size-scheme.png and
 * records what was wrong. */
static void
shoot (GtkWidget  *window,
       const char *role,
       const char *view,
       const char *size,
       int         width,
       const char *scheme)
{
  g_autoptr(GString) wrong = g_string_new (NULL);
  g_autoptr(GString) noted = g_string_new (NULL);
  g_autoptr(GString) overflow = g_string_new (NULL);
  g_autoptr(GString) rows = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *unnamed = NULL;
  graphene_rect_t window_bounds;
  g_autofree char *name = g_strdup_printf ("%s-%s-%s-%s.png", role, view, size, scheme);
  g_autofree char *path = g_build_filename (shot_dir, name, NULL);
  Shot *shot = g_new0 (Shot, 1);

  wait_for_frames (window);

  for (guint i = 0; i < logged->len; i++)
    {
      const char *message = g_ptr_array_index (logged, i);
      const char *why = known_why (name, message);

      if (why != NULL)
        g_string_append_printf (noted, "known (%s): %s\n", why, message);
      else
        g_string_append_printf (wrong, "logged: %s\n", message);
    }
  g_ptr_array_set_size (logged, 0);

  /* A window's title is its name for a screen reader and a window list; a message
   * dialog's heading names it. */
  if (!ADW_IS_MESSAGE_DIALOG (window) &&
      (gtk_window_get_title (GTK_WINDOW (window)) == NULL || gtk_window_get_title (GTK_WINDOW (window))[0] == '\0'))
    g_string_append_printf (wrong, "no title: %s\n", G_OBJECT_TYPE_NAME (window));

  /* GTK 4.8's shortcuts window is not adaptive (GTK issue 700): two columns of
   * shortcuts, some 780 px. A phone without a keyboard has no use for it. */
  if (gtk_widget_get_width (window) > width && !GTK_IS_SHORTCUTS_WINDOW (window))
    {
      g_autofree char *widest = opl_gui_test_describe_wide (window, width);

      g_string_append_printf (wrong, "the window is %d px wide, not %d; what needs more:\n%s",
                              gtk_widget_get_width (window), width, widest);
    }
  /* The window's own bounds: its content, the client-side decorations around it. */
  if (gtk_widget_compute_bounds (window, window, &window_bounds))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (window); child != NULL; child = gtk_widget_get_next_sibling (child))
        find_overflow (child, window, window_bounds.origin.x, window_bounds.origin.x + window_bounds.size.width, overflow);
    }
  if (overflow->len > 0)
    g_string_append_printf (wrong, "beyond the window's edge: %s\n", overflow->str);

  unnamed = opl_gui_test_describe_unnamed (window, NULL);
  find_unnamed_rows (window, rows);
  if (unnamed[0] != '\0' || rows->len > 0)
    g_string_append_printf (wrong, "no accessible name: %s%s\n", unnamed, rows->str);

  if (!opl_gui_test_save_png (window, path, &error))
    g_string_append_printf (wrong, "no PNG: %s\n", error->message);

  shot->role = g_strdup (role);
  shot->view = g_strdup (view);
  shot->file = g_steal_pointer (&name);
  if (wrong->len > 0)
    {
      shot->problems = g_strdup (wrong->str);
      g_string_append_printf (problems, "%s:\n%s", shot->file, wrong->str);
    }
  if (noted->len > 0)
    {
      shot->known = g_strdup (noted->str);
      g_test_message ("%s:\n%s", shot->file, noted->str);
    }
  g_ptr_array_add (shots, shot);
}

/* The widget below @widget that activates @action, and its target. */
static GVariant *
find_target (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0 &&
      gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)) != NULL)
    return gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GVariant *target = find_target (child, action);

      if (target != NULL)
        return target;
    }

  return NULL;
}

/* Expands every expander row below @widget; whether there was one. */
static gboolean
expand_all (GtkWidget *widget)
{
  gboolean any = FALSE;

  if (ADW_IS_EXPANDER_ROW (widget) && !adw_expander_row_get_expanded (ADW_EXPANDER_ROW (widget)))
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
      any = TRUE;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    any |= expand_all (child);

  return any;
}

/* The visible toplevel that is not in @before: the dialog an action opened. */
static GtkWidget *
find_new_window (GPtrArray *before)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (GTK_WIDGET (window)) && !g_ptr_array_find (before, window, NULL))
        found = GTK_WIDGET (window);
    }

  return found;
}

static GPtrArray *
list_windows (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *windows = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      g_ptr_array_add (windows, window);
    }

  return windows;
}

static gboolean
view_exists (OplWorkspace *workspace,
             const char   *view)
{
  GtkListBox *list = opl_workspace_get_sidebar_list (workspace);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list)); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      if (gtk_widget_get_visible (row) && g_strcmp0 (g_object_get_data (G_OBJECT (row), "opl-view"), view) == 0)
        return TRUE;
    }

  return FALSE;
}

static int narrow_width, narrow_height;

static void
on_realize_cb (GtkWidget *window,
               gpointer   user_data)
{
  if (narrow_width > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), narrow_width, narrow_height);
}

/* A new window gets the phone's size when it is realized: after its template set the
 * size it asks for, before it is mapped, as a phone's window manager would size it. */
static void
on_toplevels_changed_cb (GListModel *toplevels,
                         guint       position,
                         guint       removed,
                         guint       added,
                         gpointer    user_data)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
    }
}

static GtkWidget *
get_view (OplWorkspace *workspace,
          const char   *view)
{
  if (g_str_equal (view, "leergesprekken"))
    return GTK_WIDGET (opl_workspace_get_leergesprekken_page (workspace));
  if (g_str_equal (view, "formulieren"))
    return GTK_WIDGET (opl_workspace_get_forms_page (workspace));
  if (g_str_equal (view, "scholing"))
    return GTK_WIDGET (opl_workspace_get_scholing_page (workspace));
  if (g_str_equal (view, "praktijk"))
    return GTK_WIDGET (opl_workspace_get_praktijk_page (workspace));
  g_assert_not_reached ();
}

static void
open_dialog (OplWindow  *window,
             guint       d,
             const char *role,
             guint       s,
             const char *scheme)
{
  OplWorkspace *workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  g_autoptr(GPtrArray) before = NULL;
  g_autofree char *shot_name = NULL;
  GtkWidget *on = NULL;
  GVariant *target = NULL;
  GtkWidget *dialog;
  gboolean activated;
  gulong handler;

  if (dialogs[d].view != NULL)
    {
      if (!view_exists (workspace, dialogs[d].view))
        return;
      opl_workspace_show_view (workspace, dialogs[d].view);
      opl_gui_test_spin ();
    }

  switch (dialogs[d].target)
    {
    case ON_WINDOW:
      on = GTK_WIDGET (window);
      break;
    case ON_WORKSPACE:
      on = GTK_WIDGET (workspace);
      break;
    case ON_VIEW:
      on = get_view (workspace, dialogs[d].view);
      break;
    default:
      g_assert_not_reached ();
    }

  if (dialogs[d].targeted)
    {
      target = find_target (on, dialogs[d].action);
      /* The rows inside an expander row are built when it is first expanded (the
       * Leergesprekken view's weeks, issue 19): expand them, as a person would. */
      if (target == NULL && expand_all (on))
        {
          opl_gui_test_spin ();
          target = find_target (on, dialogs[d].action);
        }
      if (target == NULL)
        return;
    }

  before = list_windows ();
  /* A phone's screen: the dialog must fit it, as it opens (see on_toplevels_changed_cb()).
   * On a wide screen, the size it asks for. */
  if (sizes[s].width < 600)
    {
      narrow_width = sizes[s].width;
      narrow_height = sizes[s].height;
    }
  handler = g_signal_connect (gtk_window_get_toplevels (), "items-changed", G_CALLBACK (on_toplevels_changed_cb), NULL);
  activated = gtk_widget_activate_action_variant (on, dialogs[d].action, target);
  opl_gui_test_spin ();
  g_signal_handler_disconnect (gtk_window_get_toplevels (), handler);
  narrow_width = narrow_height = 0;
  if (!activated)
    {
      g_string_append_printf (problems, "%s: no action %s\n", dialogs[d].id, dialogs[d].action);
      return;
    }

  dialog = find_new_window (before);
  if (dialog == NULL)
    return;   /* disabled for this role */

  g_hash_table_insert (dialogs_opened, (gpointer) dialogs[d].id, (gpointer) role);
  if (dialogs[d].opleider_only && !opl_person_is_opleider (opl_page_get_person (OPL_PAGE (workspace))))
    g_string_append_printf (problems, "%s: %s opens for %s, who may not change this\n",
                            dialogs[d].id, dialogs[d].action, role);
  shot_name = g_strconcat (dialogs[d].view != NULL ? dialogs[d].view : "venster", "-", dialogs[d].id, NULL);
  shoot (dialog, role, shot_name, sizes[s].id, sizes[s].width, scheme);

  gtk_window_destroy (GTK_WINDOW (dialog));
  opl_gui_test_spin ();
  /* A dialog that opened another one (a message, a file chooser) leaves it behind. */
  opl_gui_test_destroy_other_windows (GTK_WINDOW (window));
}

typedef struct
{
  guint role;
  guint size;
} Case;

static void
test_role (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *path = opl_test_db_path ("screenshots.db");
  g_autoptr(OplStore) store = opl_test_demo_store (path);
  g_autoptr(OplApplication) application = opl_application_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) views = g_ptr_array_new_with_free_func (g_free);
  const char *role = roles[c->role].id;
  OplWorkspace *workspace;
  OplWindow *window;

  problems = g_string_new (NULL);

  /* The app's actions (About) and style sheet; no instance of its own to talk to. */
  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  window = opl_window_new (application, store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), sizes[c->size].width, sizes[c->size].height);
  opl_gui_test_show (GTK_WINDOW (window));
  opl_window_open_profile (window, opl_person_get_id (opl_test_find_person (store, roles[c->role].name)));
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  g_assert_nonnull (workspace);

  /* Whatever views the sidebar offers this role. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (opl_workspace_get_sidebar_list (workspace)));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (gtk_widget_get_visible (row))
        g_ptr_array_add (views, g_strdup (g_object_get_data (G_OBJECT (row), "opl-view")));
    }
  g_assert_cmpuint (views->len, >=, 7);

  for (guint k = 0; k < G_N_ELEMENTS (schemes); k++)
    {
      adw_style_manager_set_color_scheme (adw_style_manager_get_default (), schemes[k].scheme);

      /* Narrow, the workspace folds: the sidebar is a page of its own. */
      if (sizes[c->size].width < 600)
        {
          opl_workspace_go_back (workspace);
          shoot (GTK_WIDGET (window), role, "zijbalk", sizes[c->size].id, sizes[c->size].width, schemes[k].id);
        }

      for (guint v = 0; v < views->len; v++)
        {
          opl_workspace_show_view (workspace, g_ptr_array_index (views, v));
          shoot (GTK_WIDGET (window), role, g_ptr_array_index (views, v), sizes[c->size].id, sizes[c->size].width,
                 schemes[k].id);
        }

      for (guint d = 0; d < G_N_ELEMENTS (dialogs); d++)
        open_dialog (window, d, role, c->size, schemes[k].id);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  opl_gui_test_spin ();
  opl_gui_test_destroy_other_windows (NULL);

  if (problems->len > 0)
    {
      g_test_message ("%s", problems->str);
      g_test_fail_printf ("%s at %s px: see the problems above", role, sizes[c->size].id);
    }
  g_string_free (g_steal_pointer (&problems), TRUE);
}

static guint
role_index (const char *role)
{
  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      if (g_str_equal (roles[r].id, role))
        return r;
    }

  return G_N_ELEMENTS (roles);
}

/* By role, then view; a stable sort keeps each view's sizes and styles in the order
 * they were shot. */
static int
compare_shots (gconstpointer a,
               gconstpointer b)
{
  const Shot *shot_a = *(const Shot * const *) a;
  const Shot *shot_b = *(const Shot * const *) b;
  int by_role = (int) role_index (shot_a->role) - (int) role_index (shot_b->role);

  return by_role != 0 ? by_role : strcmp (shot_a->view, shot_b->view);
}

static void
write_index (void)
{
  g_autoptr(GString) html = g_string_new (NULL);
  g_autofree char *path = g_build_filename (shot_dir, "index.html", NULL);
  g_autoptr(GError) error = NULL;
  guint n_problems = 0;

  g_string_append (html, "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
                         "<title>Opleidingspraktijk: schermafdrukken</title>\n<style>"
                         "body{font-family:sans-serif;margin:1em}figure{display:inline-block;margin:.5em;"
                         "vertical-align:top}img{max-width:320px;max-height:320px;border:1px solid #888}"
                         "figcaption{font-size:small}.wrong{color:#c01c28;white-space:pre-wrap;font-size:small;"
                         "max-width:320px}.known{color:#9c6e03;white-space:pre-wrap;font-size:small;max-width:320px}</style></head><body>\n<h1>Opleidingspraktijk: schermafdrukken</h1>\n"
                         "<p>Made by tests/test-gui-screenshots.c on 2026-11-22 (OPL_TODAY) with the demo practice.</p>\n");
  g_ptr_array_sort (shots, compare_shots);
  for (guint i = 0; i < shots->len; i++)
    n_problems += ((Shot *) g_ptr_array_index (shots, i))->problems != NULL;
  g_string_append_printf (html, "<p>%u shots, %u with problems.</p>\n", shots->len, n_problems);

  for (guint i = 0; i < shots->len; i++)
    {
      Shot *shot = g_ptr_array_index (shots, i);
      Shot *previous = i > 0 ? g_ptr_array_index (shots, i - 1) : NULL;
      g_autofree char *problems_html = shot->problems != NULL ? g_markup_escape_text (shot->problems, -1) : NULL;
      g_autofree char *known_html = shot->known != NULL ? g_markup_escape_text (shot->known, -1) : NULL;

      if (previous == NULL || !g_str_equal (previous->role, shot->role) || !g_str_equal (previous->view, shot->view))
        g_string_append_printf (html, "<h2 id=\"%s-%s\">%s: %s</h2>\n", shot->role, shot->view, shot->role, shot->view);
      g_string_append_printf (html, "<figure><a href=\"%s\"><img src=\"%s\" alt=\"%s\" loading=\"lazy\"></a>"
                                    "<figcaption>%s</figcaption>%s%s%s%s%s%s</figure>\n",
                              shot->file, shot->file, shot->file, shot->file,
                              problems_html != NULL ? "<div class=\"wrong\">" : "",
                              problems_html != NULL ? problems_html : "",
                              problems_html != NULL ? "</div>" : "",
                              known_html != NULL ? "<div class=\"known\">" : "",
                              known_html != NULL ? known_html : "",
                              known_html != NULL ? "</div>" : "");
    }
  g_string_append (html, "</body></html>\n");

  if (!g_file_set_contents (path, html->str, html->len, &error))
    g_test_message ("Could not write %s: %s", path, error->message);
}

/* Every dialog opened for one role at least, and the index for a person. */
static void
test_all_dialogs (void)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  write_index ();
  for (guint d = 0; d < G_N_ELEMENTS (dialogs); d++)
    {
      if (!g_hash_table_contains (dialogs_opened, dialogs[d].id))
        g_string_append_printf (missing, "%s (%s) ", dialogs[d].id, dialogs[d].action);
    }
  g_assert_cmpstr (missing->str, ==, "");
}

/* The shots of an earlier run would mix with this one's. */
static void
clear_shot_dir (void)
{
  g_autoptr(GDir) dir = g_dir_open (shot_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
        {
          g_autofree char *prefix = g_strconcat (roles[r].id, "-", NULL);

          if ((g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".png")) || g_str_equal (name, "index.html"))
            {
              g_autofree char *file = g_build_filename (shot_dir, name, NULL);

              g_unlink (file);
              break;
            }
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *locale_dir = g_getenv ("OPL_LOCALEDIR");
  g_autoptr(GPtrArray) args = NULL;
  int status;

  /* In Dutch. gettext needs the locale itself (build-aux/opl-dev generates it). */
  g_setenv ("LC_ALL", "nl_NL.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "nl", TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("The nl_NL.UTF-8 locale is missing: generate it (locale-gen, build-aux/opl-dev)");
  /* The build's translation (po/meson.build), not an installed one. */
  bindtextdomain (GETTEXT_PACKAGE, locale_dir != NULL ? locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  if (g_str_equal (_("Dashboard"), "Dashboard"))
    g_error ("No Dutch translation in %s", locale_dir != NULL ? locale_dir : LOCALEDIR);

  /* The test backend keeps what the widgets tell a screen reader, to be read back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  /* Registering the application asks for a session bus: none, rather than one that
   * dbus-launch would start and leave behind. */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/opl-screenshots", TRUE);
  /* Every problem of every role and size, not the first role's only. */
  args = g_ptr_array_new ();
  for (int i = 0; i < argc; i++)
    g_ptr_array_add (args, argv[i]);
  g_ptr_array_add (args, (char *) "--keep-going");
  g_ptr_array_add (args, NULL);
  argc = args->len - 1;
  argv = (char **) args->pdata;
  opl_gui_test_init (&argc, &argv);

  /* Collected and listed, not fatal (g_test_init() and G_DEBUG make them so). */
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  logged = g_ptr_array_new_with_free_func (g_free);
  g_log_set_writer_func (log_writer, NULL, NULL);

  if (g_getenv ("OPL_SCREENSHOT_DIR") != NULL && g_getenv ("OPL_SCREENSHOT_DIR")[0] != '\0')
    shot_dir = g_canonicalize_filename (g_getenv ("OPL_SCREENSHOT_DIR"), NULL);
  else
    shot_dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") != NULL ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                 "screenshots", NULL);
  if (g_mkdir_with_parents (shot_dir, 0755) != 0)
    g_error ("Cannot make %s", shot_dir);
  clear_shot_dir ();
  shots = g_ptr_array_new_with_free_func (shot_free);
  dialogs_opened = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    {
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autofree char *test_path = g_strdup_printf ("/opl/gui/screenshots/%s-%s", roles[r].id, sizes[s].id);
          Case *c = g_new0 (Case, 1);

          c->role = r;
          c->size = s;
          g_test_add_data_func_full (test_path, c, test_role, g_free);
        }
    }
  g_test_add_func ("/opl/gui/screenshots/all-dialogs", test_all_dialogs);

  status = g_test_run ();
  g_print ("# The screenshots: %s/index.html\n", shot_dir);

  g_clear_pointer (&shots, g_ptr_array_unref);
  g_clear_pointer (&dialogs_opened, g_hash_table_unref);
  g_free (shot_dir);
  return status;
}
