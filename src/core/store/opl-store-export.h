/* opl-store-export.h: the store's part of export and import (issue 7).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * opl_store_export_bundle(): reads everything @selection asks for in one read
 *   transaction (one consistent snapshot) and makes a bundle of it. Private forms (an
 *   aios's LEOh and ComBel self-assessment not shared) go in only when
 *   @selection->viewer_id may see them (design.md §7); how many were left out is in the
 *   bundle's selection ("omitted_private_forms"). %OPL_EXPORT_ERROR_SELECTION when the
 *   aios or opleider does not exist or has not that role.
 *
 * opl_store_import_bundle(): writes a validated bundle in one transaction. Rows are
 *   matched by their identity (uuid; the traject and opleider of a share; the traject
 *   of a slot): a missing row is inserted, an identical row is left as it is, and a row
 *   that exists with other contents is a conflict. Any conflict refuses the whole
 *   import (%OPL_EXPORT_ERROR_CONFLICT, listing them); a row the database refuses (a
 *   rule of the schema) too, naming the row's JSON path. Nothing is ever deleted.
 *   Importing the same bundle twice changes nothing the second time. A bundle of another
 *   practice is refused (%OPL_EXPORT_ERROR_OTHER_PRACTICE); an empty database takes the
 *   bundle's practice.
 */

#pragma once

#include "opl-export-bundle.h"
#include "opl-store.h"

G_BEGIN_DECLS

/**
 * OplImportReport:
 * @inserted: rows written
 * @unchanged: rows that were there already, identical
 */
typedef struct
{
  guint inserted;
  guint unchanged;
} OplImportReport;

OplExportBundle *opl_store_export_bundle (OplStore                  *self,
                                          const OplExportSelection  *selection,
                                          GError                   **error) G_GNUC_WARN_UNUSED_RESULT;

gboolean         opl_store_import_bundle (OplStore                  *self,
                                          OplExportBundle           *bundle,
                                          OplImportReport           *report,
                                          GError                   **error);

G_END_DECLS
