/* opl-passphrase-dialog.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "opl-store.h"

G_BEGIN_DECLS

#define OPL_TYPE_PASSPHRASE_DIALOG (opl_passphrase_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OplPassphraseDialog, opl_passphrase_dialog, OPL, PASSPHRASE_DIALOG, AdwWindow)

GtkWidget *opl_passphrase_dialog_new (OplStore  *store,
                                      OplPerson *person);

G_END_DECLS
