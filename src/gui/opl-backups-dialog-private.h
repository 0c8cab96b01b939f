/* opl-backups-dialog-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-backups-dialog.h"

G_BEGIN_DECLS

GtkListBox *opl_backups_dialog_get_list       (OplBackupsDialog *self);
gboolean    opl_backups_dialog_is_working     (OplBackupsDialog *self);

G_END_DECLS
