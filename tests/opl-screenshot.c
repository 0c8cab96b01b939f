/* opl-screenshot.c: a view of the app as a PNG, for a person to look at.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   opl-screenshot DATABASE PROFILE VIEW OUT.png [--size WxH] [--dark] [--expand]
 *                  [--action NAME [--target STRING]] [--merge COPY]
 *
 * Opens PROFILE (a full name) on DATABASE, shows VIEW ("dashboard", "praktijk", ...),
 * and renders the window to OUT.png with GTK's own renderer, so no screen grabber and
 * no window manager are needed (run it under Xvfb). With --action, activates the
 * view's action (e.g. "praktijk.add-traject") and renders the newest window it opened
 * instead: a dialog. VIEW "profiles" shows the profile chooser; a PROFILE with a
 * passphrase renders the unlock dialog it asks for. LANG/LC_ALL choose the language,
 * OPL_TODAY the day.
 */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include <glib/gi18n.h>

#include "opl-gui-test-utils.h"
#include "opl-test-utils.h"
#include "opl-window-private.h"
#include "opl-workspace-private.h"

static void
expand_all (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    expand_all (child);
}

/* The newest dialog, at most 520 by 720. */
static int
shoot_dialog (int         width,
              int         height,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *shot = opl_gui_test_find_window (ADW_TYPE_WINDOW);

  if (shot == NULL)
    {
      g_printerr ("No dialog to render\n");
      return 1;
    }

  gtk_window_set_default_size (GTK_WINDOW (shot), MIN (width, 520), MIN (height, 720));
  opl_gui_test_wait_ms (300);
  if (!opl_gui_test_save_png (shot, path, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *size = NULL;
  g_autofree char *action = NULL;
  g_autofree char *merge = NULL;
  g_autofree char *target = NULL;
  gboolean dark = FALSE;
  gboolean expand = FALSE;
  int wide = 0;
  GOptionEntry entries[] = {
    { "wide", 0, 0, G_OPTION_ARG_INT, &wide, "Print the widgets wider than N pixels at the least", "N" },
    { "expand", 0, 0, G_OPTION_ARG_NONE, &expand, "Expand every expander row", NULL },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "The window's size", "WxH" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "Dark style", NULL },
    { "action", 0, 0, G_OPTION_ARG_STRING, &action, "An action of the view to activate", "NAME" },
    { "merge", 0, 0, G_OPTION_ARG_FILENAME, &merge, "A laptop's copy to merge: renders its dialog", "FILE" },
    { "target", 0, 0, G_OPTION_ARG_STRING, &target, "The action's string target", "STRING" },
    { NULL },
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DATABASE PROFILE VIEW OUT.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(OplStore) store = NULL;
  OplWindow *window;
  OplWorkspace *workspace;
  OplPerson *person;
  GtkWidget *shot;
  int width = 1280, height = 800;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 5)
    {
      g_printerr ("%s\n", error != NULL ? error->message : g_option_context_get_help (context, TRUE, NULL));
      return 2;
    }
  if (size != NULL && sscanf (size, "%dx%d", &width, &height) != 2)
    return 2;

  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* The app's own style sheet, as AdwApplication loads it. */
  {
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, RESOURCE_BASE_PATH "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }
  if (dark)
    adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);

  /* As the app opens it: a damaged file read-only, with its banner. */
  {
    g_autoptr(OplDatabase) database = opl_database_open (argv[1], OPL_DATABASE_OPEN_DAMAGED_READ_ONLY, &error);

    if (database == NULL || !opl_store_load ((store = opl_store_new (database)), &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
  }
  person = opl_test_find_person (store, argv[2]);
  window = opl_window_new (NULL, store, NULL);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  opl_gui_test_show (GTK_WINDOW (window));
  opl_window_open_profile (window, opl_person_get_id (person));
  opl_gui_test_wait_ms (300);
  workspace = OPL_WORKSPACE (opl_window_get_page (window, "workspace"));
  if (workspace == NULL)
    return shoot_dialog (width, height, argv[4]);

  if (g_str_equal (argv[3], "profiles"))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.switch-profile", NULL);
  else
    opl_workspace_show_view (workspace, argv[3]);
  opl_gui_test_wait_ms (300);
  if (expand)
    {
      expand_all (GTK_WIDGET (window));
      opl_gui_test_wait_ms (300);
    }

  shot = GTK_WIDGET (window);
  if (merge != NULL)
    {
      opl_window_open_merge (window, merge);
      opl_gui_test_wait_ms (300);
      return shoot_dialog (width, height, argv[4]);
    }

  if (action != NULL)
    {
      GtkWidget *view = GTK_WIDGET (opl_workspace_get_praktijk_page (workspace));

      if (!gtk_widget_activate_action (view, action, target != NULL ? "s" : NULL, target))
        {
          g_printerr ("No action %s\n", action);
          return 1;
        }
      opl_gui_test_wait_ms (300);
      return shoot_dialog (width, height, argv[4]);
    }

  if (wide > 0)
    {
      g_autofree char *widest = opl_gui_test_describe_wide (shot, wide);

      g_print ("%s", widest);
    }

  if (!opl_gui_test_save_png (shot, argv[4], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}
