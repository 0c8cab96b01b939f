/* opl-export-csv.h: the CSV tables of an export bundle.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table per kind (people.csv, trajecten.csv, moments.csv, leergesprekken.csv,
 * forms.csv, form_answers.csv, kpb.csv, diensten.csv, ...; docs/export-schema.md,
 * "CSV"), every table written even when it has no rows, so that a bundle always has
 * the same files. RFC 4180: a header row, fields separated by commas, records ended
 * by CRLF, a field with a comma, a double quote, CR or LF in double quotes with its
 * quotes doubled. UTF-8 with a byte order mark, so that LibreOffice Calc and Excel
 * take the text as UTF-8 whatever the system's character set. Names of people and
 * the texts of form items are added beside their ids for a reader of the table.
 */

#pragma once

#include "opl-export-bundle.h"

G_BEGIN_DECLS

const char * const *opl_export_csv_get_table_names (void);
char               *opl_export_csv_make_table      (OplExportBundle  *bundle,
                                                    const char       *name,
                                                    gsize            *length) G_GNUC_WARN_UNUSED_RESULT;
gboolean            opl_export_csv_write_all       (OplExportBundle  *bundle,
                                                    const char       *directory,
                                                    GError          **error);
void                opl_export_csv_append_field    (GString          *out,
                                                    const char       *text);

G_END_DECLS
