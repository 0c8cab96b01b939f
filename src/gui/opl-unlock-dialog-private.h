/* opl-unlock-dialog-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-unlock-dialog.h"

G_BEGIN_DECLS

AdwPasswordEntryRow *opl_unlock_dialog_get_passphrase_row (OplUnlockDialog *self);
GtkLabel            *opl_unlock_dialog_get_message_label  (OplUnlockDialog *self);
guint                opl_unlock_dialog_get_wait_seconds   (OplUnlockDialog *self);

G_END_DECLS
