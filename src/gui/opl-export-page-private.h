/* opl-export-page-private.h: for the GUI tests.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-export-bundle.h"
#include "opl-export-page.h"
#include "opl-export-writer.h"

G_BEGIN_DECLS

GtkCheckButton   *opl_export_page_get_section_check (OplExportPage     *self,
                                                     OplExportSections  section);
GtkCheckButton   *opl_export_page_get_format_check  (OplExportPage     *self,
                                                     OplExportFormats   format);
void              opl_export_page_set_folder        (OplExportPage     *self,
                                                     gboolean           folder);
void              opl_export_page_set_year          (OplExportPage     *self,
                                                     int                year);
void              opl_export_page_save_to           (OplExportPage     *self,
                                                     GFile             *target);
gboolean          opl_export_page_print_to_file     (OplExportPage     *self,
                                                     const char        *path,
                                                     GError           **error);
gboolean          opl_export_page_is_busy           (OplExportPage     *self);
gboolean          opl_export_page_is_previewing     (OplExportPage     *self);
guint             opl_export_page_get_preview_page  (OplExportPage     *self);
guint             opl_export_page_get_preview_n_pages (OplExportPage   *self);
GdkPaintable     *opl_export_page_get_preview       (OplExportPage     *self);
const char       *opl_export_page_get_last_message  (OplExportPage     *self);
const char       *opl_export_page_get_mail_file     (OplExportPage     *self);
AdwMessageDialog *opl_export_page_get_dialog        (OplExportPage     *self);

G_END_DECLS
