/* opl-unlock-dialog.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_UNLOCK_DIALOG (opl_unlock_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OplUnlockDialog, opl_unlock_dialog, OPL, UNLOCK_DIALOG, AdwWindow)

GtkWidget *opl_unlock_dialog_new (OplStore  *store,
                                  OplPerson *person);

G_END_DECLS
