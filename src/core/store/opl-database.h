/* opl-database.h
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define OPL_DATABASE_ERROR (opl_database_error_quark ())

/**
 * OplDatabaseError:
 * @OPL_DATABASE_ERROR_OPEN: the file could not be opened (missing folder, permissions)
 * @OPL_DATABASE_ERROR_NOT_A_DATABASE: the file is not an SQLite database
 * @OPL_DATABASE_ERROR_CORRUPT: the file is damaged (truncated, fails the quick check)
 * @OPL_DATABASE_ERROR_NEWER_SCHEMA: the file was written by a newer version of the app
 * @OPL_DATABASE_ERROR_FOREIGN: an SQLite database, but not of this app
 * @OPL_DATABASE_ERROR_READ_ONLY: the file or its folder cannot be written
 * @OPL_DATABASE_ERROR_MISSING: the file does not exist and creating it was not asked
 * @OPL_DATABASE_ERROR_QUERY: a statement failed
 * @OPL_DATABASE_ERROR_CONSTRAINT: a write broke a rule of the schema
 * @OPL_DATABASE_ERROR_BUSY: another process held the file for too long
 * @OPL_DATABASE_ERROR_MIGRATION: upgrading the schema failed; nothing was changed
 * @OPL_DATABASE_ERROR_CHANGED: the row was changed by someone else since it was read;
 *   nothing was written
 */
typedef enum
{
  OPL_DATABASE_ERROR_OPEN,
  OPL_DATABASE_ERROR_NOT_A_DATABASE,
  OPL_DATABASE_ERROR_CORRUPT,
  OPL_DATABASE_ERROR_NEWER_SCHEMA,
  OPL_DATABASE_ERROR_FOREIGN,
  OPL_DATABASE_ERROR_READ_ONLY,
  OPL_DATABASE_ERROR_MISSING,
  OPL_DATABASE_ERROR_QUERY,
  OPL_DATABASE_ERROR_CONSTRAINT,
  OPL_DATABASE_ERROR_BUSY,
  OPL_DATABASE_ERROR_MIGRATION,
  OPL_DATABASE_ERROR_CHANGED,
} OplDatabaseError;

/**
 * OplDatabaseOpenFlags:
 * @OPL_DATABASE_OPEN_DEFAULT: open an existing practice database for reading and writing
 * @OPL_DATABASE_OPEN_CREATE: create the file (and its folder) when it does not exist
 * @OPL_DATABASE_OPEN_READ_ONLY: never write, not even to migrate
 * @OPL_DATABASE_OPEN_NETWORK: treat the file as being on a network filesystem
 *   (rollback journal instead of WAL), whatever the filesystem reports
 * @OPL_DATABASE_OPEN_CHECK_LATER: run the quick_check on a worker thread instead of
 *   before returning (its time grows with the file: the app's start-up does not wait
 *   for it). Writes wait for its answer and fail when it found damage, and
 *   #OplDatabase::check-failed says so. A file that must be migrated, or whose journal
 *   mode changes, is still checked before anything is written to it.
 * @OPL_DATABASE_OPEN_DAMAGED_READ_ONLY: a damaged file opens read-only (the window offers
 *   the last good backup and, for index damage only, a repair) instead of failing
 * @OPL_DATABASE_OPEN_NO_MIGRATION: a file of this version opens for writing, an older one
 *   as with %OPL_DATABASE_OPEN_READ_ONLY: read from a copy upgraded in memory, never
 *   migrated (a mode that only reports, such as a merge's dry run)
 */
typedef enum
{
  OPL_DATABASE_OPEN_DEFAULT = 0,
  OPL_DATABASE_OPEN_CREATE = 1 << 0,
  OPL_DATABASE_OPEN_READ_ONLY = 1 << 1,
  OPL_DATABASE_OPEN_NETWORK = 1 << 2,
  OPL_DATABASE_OPEN_CHECK_LATER = 1 << 3,
  OPL_DATABASE_OPEN_DAMAGED_READ_ONLY = 1 << 4,
  OPL_DATABASE_OPEN_NO_MIGRATION = 1 << 5,
} OplDatabaseOpenFlags;

/**
 * OplDatabaseReadOnly:
 * @OPL_DATABASE_WRITABLE: writes are possible
 * @OPL_DATABASE_READ_ONLY_ASKED: opened with %OPL_DATABASE_OPEN_READ_ONLY (an older file
 *   is then read from a copy upgraded in memory; the file is not written)
 * @OPL_DATABASE_READ_ONLY_NEWER: saved by a newer version of the app: read, never
 *   written, so the PC with the newer version goes on (design.md §4)
 * @OPL_DATABASE_READ_ONLY_DAMAGED: the file failed its integrity check: never written
 *
 * Why a database takes no writes.
 */
typedef enum
{
  OPL_DATABASE_WRITABLE,
  OPL_DATABASE_READ_ONLY_ASKED,
  OPL_DATABASE_READ_ONLY_NEWER,
  OPL_DATABASE_READ_ONLY_DAMAGED,
} OplDatabaseReadOnly;

/* The schema version this build writes (PRAGMA user_version). */
#define OPL_DATABASE_SCHEMA_VERSION 10

/* The application_id in the SQLite header: 0x4f504c31, "OPL1", marks a practice database. */
#define OPL_DATABASE_APPLICATION_ID 1330662449

#define OPL_TYPE_DATABASE (opl_database_get_type ())

G_DECLARE_FINAL_TYPE (OplDatabase, opl_database, OPL, DATABASE, GObject)

GQuark       opl_database_error_quark          (void);

OplDatabase *opl_database_open                 (const char            *path,
                                                OplDatabaseOpenFlags   flags,
                                                GError               **error) G_GNUC_WARN_UNUSED_RESULT;

const char  *opl_database_get_path             (OplDatabase           *self);
int          opl_database_get_schema_version   (OplDatabase           *self);
const char  *opl_database_get_journal_mode     (OplDatabase           *self);
gboolean     opl_database_is_read_only         (OplDatabase           *self);
OplDatabaseReadOnly opl_database_get_read_only (OplDatabase           *self);
const char  *opl_database_get_damage           (OplDatabase           *self);
gboolean     opl_database_damage_is_index_only (OplDatabase           *self);
gboolean     opl_database_repair_indexes       (OplDatabase           *self,
                                                char                 **kept_aside,
                                                GError               **error);

gboolean     opl_database_get_rolled_back      (OplDatabase           *self);
gboolean     opl_database_check_writable       (OplDatabase           *self,
                                                GError               **error);
gboolean     opl_database_begin                (OplDatabase           *self,
                                                GError               **error);
gboolean     opl_database_commit               (OplDatabase           *self,
                                                GError               **error);
void         opl_database_rollback             (OplDatabase           *self);

gint64       opl_database_get_data_version     (OplDatabase           *self);
gboolean     opl_database_quick_check          (OplDatabase           *self,
                                                GError               **error);
GPtrArray   *opl_database_check_integrity      (OplDatabase           *self,
                                                GError               **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray   *opl_database_check_foreign_keys   (OplDatabase           *self,
                                                GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean     opl_database_wait_for_check       (OplDatabase           *self,
                                                GError               **error);

char        *opl_database_get_default_path     (void) G_GNUC_WARN_UNUSED_RESULT;
const char  *opl_database_journal_mode_for_filesystem (const char     *fs_type,
                                                       gboolean        remote);

G_END_DECLS
