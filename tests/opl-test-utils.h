/* opl-test-utils.h: fixtures shared by the tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

#include "opl-database.h"
#include "opl-store.h"

G_BEGIN_DECLS

char        *opl_test_db_path          (const char   *name);
OplDatabase *opl_test_open             (const char   *path);
OplStore    *opl_test_demo_store       (const char   *path);
OplStore    *opl_test_history_store    (const char   *path,
                                        guint         years,
                                        guint32       seed);
char        *opl_test_file_digest      (const char   *path);
gboolean     opl_test_file_holds       (const char   *path,
                                        const char   *text);
void         opl_test_write_file       (const char   *path,
                                        const char   *contents,
                                        gssize        length);
gint64       opl_test_count            (OplDatabase  *database,
                                        const char   *sql);
void         opl_test_exec             (OplDatabase  *database,
                                        const char   *sql);
void         opl_test_fixed_today      (GDate        *today);
OplPerson   *opl_test_find_person      (OplStore     *store,
                                        const char   *name);
OplStore    *opl_test_open_store       (const char   *path);
OplStore    *opl_test_open_store_as    (const char   *path,
                                        const char   *name) G_GNUC_WARN_UNUSED_RESULT;
GHashTable  *opl_test_digest_tables    (sqlite3      *db) G_GNUC_WARN_UNUSED_RESULT;
GHashTable  *opl_test_digest_tables_of (sqlite3      *db,
                                        GHashTable   *columns) G_GNUC_WARN_UNUSED_RESULT;
GHashTable  *opl_test_table_columns    (sqlite3      *db) G_GNUC_WARN_UNUSED_RESULT;
char        *opl_test_digest_database  (OplDatabase  *database) G_GNUC_WARN_UNUSED_RESULT;
char        *opl_test_pdf_text         (const char   *path) G_GNUC_WARN_UNUSED_RESULT;
char        *opl_test_flatten          (const char   *text) G_GNUC_WARN_UNUSED_RESULT;

/* The app run as a command (OPL_BINARY), without a display. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} OplTestRun;

void         opl_test_run_clear        (OplTestRun   *run);
void         opl_test_run_app          (OplTestRun   *run,
                                        const char * const *args,
                                        const char   *today);
void         opl_test_run_program      (OplTestRun         *run,
                                        const char * const *args,
                                        const char * const *env);
void         opl_test_run_app_input    (OplTestRun   *run,
                                        const char * const *args,
                                        const char   *input);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OplTestRun, opl_test_run_clear)

G_END_DECLS
