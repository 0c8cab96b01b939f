/* opl-passphrase-dialog-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-passphrase-dialog.h"

G_BEGIN_DECLS

AdwPasswordEntryRow *opl_passphrase_dialog_get_current_row   (OplPassphraseDialog *self);
AdwPasswordEntryRow *opl_passphrase_dialog_get_new_row       (OplPassphraseDialog *self);
AdwPasswordEntryRow *opl_passphrase_dialog_get_repeat_row    (OplPassphraseDialog *self);
GtkLabel            *opl_passphrase_dialog_get_message_label (OplPassphraseDialog *self);

G_END_DECLS
