/* bench-bare-window.c: the benchmark's yardsticks.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * bench-bare-window           an empty AdwApplicationWindow (design.md §9)
 * bench-bare-window --page    the same window with a static page of the dashboard's
 *                             shape: a sidebar of seven views, header bars, and
 *                             groups of rows with a title and a subtitle, made of the
 *                             same widgets, with no data behind them
 *
 * Built by the same meson project with the same options as the app, started the same
 * way, and measured the same way: with OPL_DEBUG=first-frame it prints the time from
 * process start to its first frame and its peak memory (opl-debug.c), then quits.
 * build-aux/bench runs them in turn with the app (docs/performance.md). The empty
 * window draws no text and no icon; the page shows what those cost by themselves.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include <adwaita.h>

#include "opl-debug.h"

static const char * const views[] = {
  "Dashboard", "Checklist", "Leergesprekken", "Formulieren", "Scholing", "Traject", "Export",
};

static const char * const icons[] = {
  "go-home-symbolic", "checkbox-checked-symbolic", "system-users-symbolic", "x-office-document-symbolic",
  "x-office-presentation-symbolic", "x-office-calendar-symbolic", "document-send-symbolic",
};

/* Group titles and how many rows each has, about what a dashboard shows. */
static const struct
{
  const char *title;
  guint       n_rows;
} groups[] = {
  { "Overdue", 2 }, { "Today", 4 }, { "This Week", 4 }, { "This Week’s Leergesprek", 1 },
  { "Your Aios", 2 }, { "Earlier Aios", 6 },
};

static GtkWidget *
create_sidebar (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("Anna de Vries", "Hoofdopleider"));
  gtk_widget_add_css_class (list, "navigation-sidebar");
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      gtk_box_append (GTK_BOX (row), gtk_image_new_from_icon_name (icons[i]));
      gtk_box_append (GTK_BOX (row), gtk_label_new (views[i]));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }

  gtk_widget_set_size_request (box, 240, -1);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), list);
  return box;
}

static GtkWidget *
create_groups (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *greeting = gtk_label_new ("Good morning, Anna");

  gtk_widget_add_css_class (greeting, "title-1");
  gtk_box_append (GTK_BOX (top), adw_avatar_new (64, "Anna de Vries", TRUE));
  gtk_box_append (GTK_BOX (top), greeting);
  gtk_box_append (GTK_BOX (box), top);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    {
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), groups[g].title);
      for (guint r = 0; r < groups[g].n_rows; r++)
        {
          GtkWidget *row = adw_action_row_new ();

          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                         "Plan een nabespreking van het spreekuur aan het eind van de ochtend");
          adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                       "Bespreek de patiënten van de aios kort na; geef een top en een tip.");
          adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_check_button_new ());
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
        }
      gtk_box_append (GTK_BOX (box), group);
    }

  return box;
}

static GtkWidget *
create_page (void)
{
  GtkWidget *leaflet = adw_leaflet_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();

  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("Dashboard", NULL));
  adw_clamp_set_child (ADW_CLAMP (clamp), create_groups ());
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_hexpand (content, TRUE);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), scrolled);

  adw_leaflet_append (ADW_LEAFLET (leaflet), create_sidebar ());
  adw_leaflet_append (ADW_LEAFLET (leaflet), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  adw_leaflet_append (ADW_LEAFLET (leaflet), content);
  return leaflet;
}

static void
on_activate_cb (GtkApplication *application,
                gpointer        with_page)
{
  GtkWidget *window;

  opl_debug_mark ("activate");
  window = adw_application_window_new (application);

  /* The app's window size, so both draw as many pixels. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  if (with_page != NULL)
    adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), create_page ());
  opl_debug_watch_first_frame (GTK_WINDOW (window));
  opl_debug_mark ("window");
  gtk_window_present (GTK_WINDOW (window));
  opl_debug_mark ("present");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;
  gboolean with_page = argc > 1 && strcmp (argv[1], "--page") == 0;

  opl_debug_mark ("main");
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Not unique, like the app when it is given --database. */
  application = adw_application_new ("io.github.opleidingspraktijk.BenchBareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (on_activate_cb), with_page ? application : NULL);
  return g_application_run (G_APPLICATION (application), 1, argv);
}
