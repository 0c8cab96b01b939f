/* opl-store-export-private.h: the statements of each section of a bundle, shared by
 * the store's export (opl-store-export.c) and import (opl-store-import.c).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-database-private.h"
#include "opl-export-private.h"

G_BEGIN_DECLS

/**
 * OplStoreTable:
 * @section: the section or nested member (opl-export-schema.c)
 * @parent: (nullable): the column that names the parent row of a nested section
 * @select_all: every row (with @parent: of the parent bound as ?1), in a stable order
 * @select_key: the row with the record's identity: ?1 its id (a nested row without an
 *   id: ?1 the parent, ?2 @key_member); with @parent, column 0 is the parent
 * @insert: the parent first (if any), then the fields in order
 * @natural: (nullable): the id of a row with the same other unique key, bound from
 *   @natural_members ("@parent" is the parent's id)
 */
typedef struct
{
  const char *section;
  const char *parent;
  const char *select_all;
  const char *select_key;
  const char *insert;
  const char *key_member;
  const char *natural;
  const char *natural_members[6];
  const char *natural_what;
} OplStoreTable;

extern const OplStoreTable opl_store_table_practice,
                           opl_store_table_people,
                           opl_store_table_trajecten,
                           opl_store_table_opleiders,
                           opl_store_table_leave_periods,
                           opl_store_table_slot,
                           opl_store_table_closures,
                           opl_store_table_ticks,
                           opl_store_table_moments_done,
                           opl_store_table_leergesprekken,
                           opl_store_table_definitions,
                           opl_store_table_forms,
                           opl_store_table_answers,
                           opl_store_table_kpb,
                           opl_store_table_diensten,
                           opl_store_table_scholing,
                           opl_store_table_dispensations,
                           opl_store_table_leerpunten,
                           opl_store_table_hao;

const OplExportTable *opl_store_table_get_spec   (const OplStoreTable  *table);
gboolean              opl_export_field_is_stored (const OplExportField *field);
JsonObject           *opl_store_table_read       (const OplExportTable *spec,
                                                  sqlite3_stmt         *stmt,
                                                  int                   first) G_GNUC_WARN_UNUSED_RESULT;
void                  opl_store_table_bind       (const OplExportTable *spec,
                                                  sqlite3_stmt         *stmt,
                                                  int                   first,
                                                  JsonObject           *record);

G_END_DECLS
