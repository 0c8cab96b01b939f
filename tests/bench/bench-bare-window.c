/* bench-bare-window.c: the benchmark's yardstick, an empty AdwApplicationWindow.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Built by the same meson project with the same options as the app, started the same
 * way, and measured the same way: with OPL_DEBUG=first-frame it prints the time from
 * process start to its first frame and its peak memory (opl-debug.c), then quits.
 * build-aux/bench runs it in turn with the app (docs/performance.md).
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include <adwaita.h>

#include "opl-debug.h"

static void
on_activate_cb (GtkApplication *application)
{
  GtkWidget *window;

  opl_debug_mark ("activate");
  window = adw_application_window_new (application);

  /* The app's window size, so both draw as many pixels. */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
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

  opl_debug_mark ("main");
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Not unique, like the app when it is given --database. */
  application = adw_application_new ("io.github.opleidingspraktijk.BenchBareWindow", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (application, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (application), argc, argv);
}
