/* opl-gui-main.c: the window's module's entry (opl-gui-main.h).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gmodule.h>

#include "opl-application.h"
#include "opl-debug.h"
#include "opl-gui-main.h"

G_MODULE_EXPORT int
opl_gui_main (int     argc,
              char  **argv,
              gint64  started)
{
  g_autoptr(OplApplication) app = NULL;

  opl_debug_mark_at ("main", started);
  opl_debug_mark ("window-module");
  app = opl_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
