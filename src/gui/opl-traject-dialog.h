/* opl-traject-dialog.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_TRAJECT_DIALOG (opl_traject_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OplTrajectDialog, opl_traject_dialog, OPL, TRAJECT_DIALOG, AdwWindow)

GtkWidget *opl_traject_dialog_new (OplStore    *store,
                                   OplTraject  *traject,
                                   GtkWidget   *origin,
                                   const GDate *today);

G_END_DECLS
