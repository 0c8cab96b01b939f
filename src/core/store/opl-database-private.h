/* opl-database-private.h: statement helpers shared by the store's files.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "opl-database.h"

G_BEGIN_DECLS

sqlite3_stmt *opl_database_prepare   (OplDatabase   *self,
                                      const char    *sql,
                                      GError       **error);
gboolean      opl_database_step_done (OplDatabase   *self,
                                      sqlite3_stmt  *stmt,
                                      GError       **error);
gboolean      opl_database_step_row  (OplDatabase   *self,
                                      sqlite3_stmt  *stmt,
                                      gboolean      *has_row,
                                      GError       **error);
gboolean      opl_database_exec      (OplDatabase   *self,
                                      const char    *sql,
                                      GError       **error);
void          opl_database_set_error (OplDatabase   *self,
                                      int            rc,
                                      GError       **error);
sqlite3      *opl_database_get_handle (OplDatabase  *self);
char         *opl_database_one_line  (const char    *text);
char         *opl_database_describe  (sqlite3       *db,
                                      int            rc);

void          opl_bind_text          (sqlite3_stmt  *stmt,
                                      int            index,
                                      const char    *text);
void          opl_bind_date          (sqlite3_stmt  *stmt,
                                      int            index,
                                      const GDate   *date);
const char   *opl_column_text        (sqlite3_stmt  *stmt,
                                      int            column);
gboolean      opl_column_date        (sqlite3_stmt  *stmt,
                                      int            column,
                                      GDate         *date);

/* Statements come from a per-connection cache: release them with this, never finalize. */
void          opl_database_release   (sqlite3_stmt  *stmt);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, opl_database_release)

G_END_DECLS
