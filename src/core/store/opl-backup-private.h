/* opl-backup-private.h: the backups with a clock of the caller's (tests/test-backup.c).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The public functions are these with @now the current local time. A test gives its own
 * @now to make backups over a year of simulated days and check what the rotation keeps.
 */

#pragma once

#include "opl-backup.h"

G_BEGIN_DECLS

gboolean  opl_backup_create_at        (const char       *db_path,
                                       const char       *folder,
                                       OplBackupReason   reason,
                                       GDateTime        *now,
                                       char            **backup_path,
                                       GError          **error);
gboolean  opl_backup_ensure_daily_at  (const char       *db_path,
                                       const char       *folder,
                                       const char       *second_place,
                                       GDateTime        *now,
                                       GError          **error);
gboolean  opl_backup_restore_at       (const char       *db_path,
                                       const char       *backup_path,
                                       const char       *folder,
                                       GDateTime        *now,
                                       char            **kept_path,
                                       GError          **error);

G_END_DECLS
