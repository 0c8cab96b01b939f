/* opl-window.c: placeholder until the window lands.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "opl-window"

#include "config.h"

#include "opl-window.h"

struct _OplWindow
{
  AdwApplicationWindow parent_instance;
};

G_DEFINE_FINAL_TYPE (OplWindow, opl_window, ADW_TYPE_APPLICATION_WINDOW)

static void
opl_window_class_init (OplWindowClass *klass)
{
}

static void
opl_window_init (OplWindow *self)
{
}

OplWindow *
opl_window_new (OplApplication *application,
                OplStore       *store,
                GSettings      *settings)
{
  return g_object_new (OPL_TYPE_WINDOW, "application", application, NULL);
}

void
opl_window_show_open_error (OplWindow    *self,
                            const char   *path,
                            const GError *error)
{
}

void
opl_window_open_profile (OplWindow  *self,
                         const char *person_id)
{
}
