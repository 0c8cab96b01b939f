/* opl-export-writer.h: writing a bundle as a folder or a zip, atomically.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Layout (a folder, or a zip of the same files):
 *   export.json        the document (opl_export_bundle_to_json())
 *   csv/<table>.csv    one table per kind (opl-export-csv.h)
 *   pdf/...            the PDFs, made by the renderer given in the options
 *
 * Everything is written under a temporary name beside @path and renamed into place
 * only when complete; on failure the temporary files are removed and @path is as it
 * was. A @path ending in ".zip" is a zip (libarchive), anything else a folder; an
 * existing zip file is replaced, an existing folder only when it is empty.
 */

#pragma once

#include "opl-export-bundle.h"

G_BEGIN_DECLS

typedef enum
{
  OPL_EXPORT_FORMAT_JSON = 1 << 0,
  OPL_EXPORT_FORMAT_CSV  = 1 << 1,
  OPL_EXPORT_FORMAT_PDF  = 1 << 2,
} OplExportFormats;

#define OPL_EXPORT_FORMATS_ALL (OPL_EXPORT_FORMAT_JSON | OPL_EXPORT_FORMAT_CSV | OPL_EXPORT_FORMAT_PDF)

/* Writes the PDFs of @bundle into @directory (an existing empty folder; pdf/ of the
 * bundle), or sets @error. */
typedef gboolean (*OplExportRenderFunc) (OplExportBundle  *bundle,
                                         const char       *directory,
                                         GError          **error);

/**
 * OplExportWriteOptions:
 * @formats: what to write
 * @render_pdf: (nullable): makes the PDFs; %OPL_EXPORT_FORMAT_PDF without it is
 *   refused (%OPL_EXPORT_ERROR_UNSUPPORTED)
 */
typedef struct
{
  OplExportFormats     formats;
  OplExportRenderFunc  render_pdf;
} OplExportWriteOptions;

#define OPL_EXPORT_JSON_NAME "export.json"
#define OPL_EXPORT_CSV_FOLDER "csv"
#define OPL_EXPORT_PDF_FOLDER "pdf"

gboolean opl_export_formats_parse (const char                   *text,
                                   OplExportFormats             *formats,
                                   GError                      **error);
gboolean opl_export_write_private_file (const char          *path,
                                        const char          *contents,
                                        gssize               length,
                                        GError             **error);
gboolean opl_export_write         (OplExportBundle              *bundle,
                                   const char                   *path,
                                   const OplExportWriteOptions  *options,
                                   GError                      **error);

G_END_DECLS
