/* opl-backups-dialog.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define OPL_TYPE_BACKUPS_DIALOG (opl_backups_dialog_get_type ())

G_DECLARE_FINAL_TYPE (OplBackupsDialog, opl_backups_dialog, OPL, BACKUPS_DIALOG, AdwWindow)

GtkWidget *opl_backups_dialog_new (const char *db_path);

G_END_DECLS
