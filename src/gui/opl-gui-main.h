/* opl-gui-main.h: the window's module, loaded by main () when no command-line mode is
 * asked for (issue 19: a command loads no GTK).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The module's file name, and the symbol main () looks up in it. */
#define OPL_GUI_MODULE_NAME "libopleidingspraktijk-window.so"
#define OPL_GUI_MAIN_SYMBOL "opl_gui_main"

/**
 * OplGuiMainFunc:
 * @started: g_get_monotonic_time () when main () began
 *
 * Runs the app's window. Returns: the exit status
 */
typedef int (*OplGuiMainFunc) (int     argc,
                               char  **argv,
                               gint64  started);

int opl_gui_main (int     argc,
                  char  **argv,
                  gint64  started);

G_END_DECLS
