/* main.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The program is the command line and the core; the window is a module of its own,
 * loaded only when no command-line mode is asked for, so that a command (an export, a
 * check, a backup) starts without loading GTK and libadwaita: about 20 ms of every
 * command on the machines of docs/performance.md (issue 19). The module takes the
 * core's functions from the program (it is linked with --export-dynamic).
 */

#include "config.h"

#include <gmodule.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "opl-cli.h"
#include "opl-gui-main.h"

/* The window's module: beside the program in a build folder (src/gui/), else where
 * it is installed. */
static char *
window_module_path (void)
{
  g_autofree char *program = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *folder = program != NULL ? g_path_get_dirname (program) : NULL;
  g_autofree char *uninstalled = folder != NULL ? g_build_filename (folder, "gui", OPL_GUI_MODULE_NAME, NULL) : NULL;

  if (uninstalled != NULL && g_file_test (uninstalled, G_FILE_TEST_IS_REGULAR))
    return g_steal_pointer (&uninstalled);

  return g_build_filename (OPL_MODULE_DIR, OPL_GUI_MODULE_NAME, NULL);
}

static int
run_window (int     argc,
            char  **argv,
            gint64  started)
{
  g_autofree char *path = window_module_path ();
  GModule *module = g_module_open (path, G_MODULE_BIND_LOCAL);
  OplGuiMainFunc gui_main = NULL;

  if (module == NULL || !g_module_symbol (module, OPL_GUI_MAIN_SYMBOL, (gpointer *) &gui_main))
    {
      g_printerr ("opleidingspraktijk: %s\n", g_module_error ());
      return OPL_EXIT_FAILURE;
    }

  /* Never unloaded: GTK's types stay registered until the process ends. */
  g_module_make_resident (module);
  return gui_main (argc, argv, started);
}

int
main (int   argc,
      char *argv[])
{
  gint64 started = g_get_monotonic_time ();
  int status;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (opl_cli_main (argc, argv, &status))
    return status;

  return run_window (argc, argv, started);
}
