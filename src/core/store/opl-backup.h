/* opl-backup.h: automatic backups of the practice, and restoring one (issue 17).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define OPL_BACKUP_ERROR (opl_backup_error_quark ())

/**
 * OplBackupError:
 * @OPL_BACKUP_ERROR_READ: the practice file could not be read (missing, not a
 *   practice database, another application's database)
 * @OPL_BACKUP_ERROR_BUSY: another process held the practice for too long (ten
 *   seconds); nothing was changed, try again
 * @OPL_BACKUP_ERROR_EMPTY: the practice file holds nothing yet (a new file, schema
 *   version 0): there is nothing to back up
 * @OPL_BACKUP_ERROR_DAMAGED: the practice fails SQLite's integrity_check: no backup
 *   was made and the older ones were all kept
 * @OPL_BACKUP_ERROR_WRITE: the backup could not be written (folder, disk, permissions),
 *   or what was written did not check out; nothing was removed
 * @OPL_BACKUP_ERROR_EXISTS: the file asked for is there already; it was not touched
 * @OPL_BACKUP_ERROR_SECOND_PLACE: the backup is made, but the second place (a USB
 *   stick, a folder of the practice) could not take its copy
 * @OPL_BACKUP_ERROR_INVALID: a backup to restore is not an intact backup of a
 *   practice (damaged, truncated, another application's file); nothing was changed
 * @OPL_BACKUP_ERROR_NEWER_SCHEMA: a backup to restore, or the practice it would replace,
 *   was written by a newer version of the app; nothing was changed
 * @OPL_BACKUP_ERROR_RESTORE: restoring failed while the practice was written; the
 *   practice is as it was (the copy is one transaction), and the state before is in
 *   its before-restore backup
 */
typedef enum
{
  OPL_BACKUP_ERROR_READ,
  OPL_BACKUP_ERROR_BUSY,
  OPL_BACKUP_ERROR_EMPTY,
  OPL_BACKUP_ERROR_DAMAGED,
  OPL_BACKUP_ERROR_WRITE,
  OPL_BACKUP_ERROR_EXISTS,
  OPL_BACKUP_ERROR_SECOND_PLACE,
  OPL_BACKUP_ERROR_INVALID,
  OPL_BACKUP_ERROR_NEWER_SCHEMA,
  OPL_BACKUP_ERROR_RESTORE,
} OplBackupError;

/**
 * OplBackupReason:
 * @OPL_BACKUP_REASON_DAILY: the first start of the app on a day
 * @OPL_BACKUP_REASON_MANUAL: asked for by the user
 * @OPL_BACKUP_REASON_BEFORE_MIGRATION: before the schema is upgraded
 * @OPL_BACKUP_REASON_BEFORE_MERGE: before a laptop's copy is merged
 * @OPL_BACKUP_REASON_BEFORE_IMPORT: before a bundle is imported
 * @OPL_BACKUP_REASON_BEFORE_RESTORE: the state a restore replaced
 *
 * Why a backup was made; its file name ends in the reason's string.
 */
typedef enum
{
  OPL_BACKUP_REASON_DAILY,
  OPL_BACKUP_REASON_MANUAL,
  OPL_BACKUP_REASON_BEFORE_MIGRATION,
  OPL_BACKUP_REASON_BEFORE_MERGE,
  OPL_BACKUP_REASON_BEFORE_IMPORT,
  OPL_BACKUP_REASON_BEFORE_RESTORE,
} OplBackupReason;

/**
 * OplBackup:
 * @path: the backup file
 * @reason: why it was made (from its name)
 * @created: when it was made, local time (from its name)
 * @size: its size in bytes
 * @damaged: whether it could not be read; the counts are then 0, and @problem says why
 * @problem: (nullable): what is wrong with it, when @damaged
 * @practice_name: (nullable): the name of the practice it holds
 * @schema_version: the schema version it was written with (PRAGMA user_version)
 * @n_people: the people it holds (archived ones too)
 * @n_trajecten: the trajecten it holds
 * @n_forms: the filled forms it holds, every version (0 in a file from before forms)
 *
 * One backup, as opl_backup_list() reads it.
 */
typedef struct
{
  char            *path;
  OplBackupReason  reason;
  GDateTime       *created;
  gint64           size;
  gboolean         damaged;
  char            *problem;
  char            *practice_name;
  int              schema_version;
  gint64           n_people;
  gint64           n_trajecten;
  gint64           n_forms;
} OplBackup;

#define OPL_TYPE_BACKUP (opl_backup_get_type ())

GType        opl_backup_get_type               (void) G_GNUC_CONST;
GQuark       opl_backup_error_quark            (void);

OplBackup   *opl_backup_copy                   (const OplBackup      *backup) G_GNUC_WARN_UNUSED_RESULT;
void         opl_backup_free                   (OplBackup            *backup);

const char  *opl_backup_reason_to_string       (OplBackupReason       reason);
gboolean     opl_backup_reason_from_string     (const char           *text,
                                                OplBackupReason      *reason);
const char  *opl_backup_reason_get_label       (OplBackupReason       reason);

char        *opl_backup_default_folder         (const char           *db_path) G_GNUC_WARN_UNUSED_RESULT;
char        *opl_backup_folder_in              (const char           *db_path,
                                                const char           *place) G_GNUC_WARN_UNUSED_RESULT;

gboolean     opl_backup_create                 (const char           *db_path,
                                                const char           *folder,
                                                OplBackupReason       reason,
                                                char                **backup_path,
                                                GError              **error);
void         opl_backup_create_async           (const char           *db_path,
                                                const char           *folder,
                                                OplBackupReason       reason,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean     opl_backup_create_finish          (GAsyncResult         *result,
                                                char                **backup_path,
                                                GError              **error);

gboolean     opl_backup_write_file             (const char           *db_path,
                                                const char           *path,
                                                GError              **error);

gboolean     opl_backup_ensure_daily           (const char           *db_path,
                                                const char           *folder,
                                                const char           *second_place,
                                                GError              **error);
void         opl_backup_ensure_daily_async     (const char           *db_path,
                                                const char           *folder,
                                                const char           *second_place,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean     opl_backup_ensure_daily_finish    (GAsyncResult         *result,
                                                GError              **error);

GPtrArray   *opl_backup_list                   (const char           *folder,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void         opl_backup_list_async             (const char           *folder,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
GPtrArray   *opl_backup_list_finish            (GAsyncResult         *result,
                                                GError              **error) G_GNUC_WARN_UNUSED_RESULT;

gboolean     opl_backup_restore                (const char           *db_path,
                                                const char           *backup_path,
                                                const char           *folder,
                                                char                **kept_path,
                                                GError              **error);
void         opl_backup_restore_async          (const char           *db_path,
                                                const char           *backup_path,
                                                const char           *folder,
                                                GCancellable         *cancellable,
                                                GAsyncReadyCallback   callback,
                                                gpointer              user_data);
gboolean     opl_backup_restore_finish         (GAsyncResult         *result,
                                                char                **kept_path,
                                                GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OplBackup, opl_backup_free)

G_END_DECLS
