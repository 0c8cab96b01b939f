/* opl-export-pdf.h: the PDFs of an export bundle for the institute (issue 7).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One PDF per form and per overview, made from the bundle alone (never from the
 * store), so that the PDFs show exactly what the bundle's JSON and CSV hold:
 *
 *   00-inhoud.pdf                   what the export contains, and that it contains only
 *                                   what the user selected (design.md §7): the practice,
 *                                   who exported it and when, the parts chosen and not
 *                                   chosen, private forms left out, the trajecten and
 *                                   every file with its pages
 *   NN-traject-<aios>-fase-N.pdf    a traject: people, dates, part time, leave, the
 *                                   weekly slot, and its due moments with their state
 *   NN-<kind>-mN-<author>.pdf       a form: every item of the sections its author fills,
 *                                   in the text of the definition version it was filled
 *                                   against, with the answer and the note
 *   NN-leergesprekken-<aios>.pdf    the leergesprekken with agenda, notes, agreements,
 *                                   top and tip
 *   NN-kpb-kvb-<aios>.pdf           the KPB/KVB entries
 *   NN-diensten-<aios>.pdf          the diensten, with supervision at a distance
 *
 * Form texts, names and notes are Dutch data and appear as they are; the labels
 * around them are translated (gettext).
 */

#pragma once

#include "opl-export-bundle.h"
#include "opl-pdf-document.h"

G_BEGIN_DECLS

#define OPL_EXPORT_PDF_CONTENTS_NAME "00-inhoud.pdf"

GPtrArray *opl_export_pdf_build     (OplExportBundle  *bundle,
                                     PangoFontMap     *font_map,
                                     GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   opl_export_pdf_write_all (OplExportBundle  *bundle,
                                     const char       *directory,
                                     GError          **error);

G_END_DECLS
