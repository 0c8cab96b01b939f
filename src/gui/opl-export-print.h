/* opl-export-print.h: printing a bundle's PDFs with GtkPrintOperation.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "opl-export-bundle.h"

G_BEGIN_DECLS

GtkPrintOperation *opl_export_print_new (OplExportBundle  *bundle,
                                         GError          **error) G_GNUC_WARN_UNUSED_RESULT;
guint              opl_export_print_get_n_pages (GtkPrintOperation *operation);

G_END_DECLS
