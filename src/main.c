/* main.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "opl-application.h"
#include "opl-debug.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OplApplication) app = NULL;

  opl_debug_mark ("main");
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = opl_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
