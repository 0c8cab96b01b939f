/* opl-pdf-document.h: a paginated A4 document laid out with pango, drawn with cairo.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The export's PDFs (opl-export-pdf.h) are built from a few kinds of blocks: a title,
 * headings, paragraphs, facts (label and value) and tables whose header row repeats on
 * every page they run onto. The document wraps every text to the width it has (a word
 * longer than a line breaks inside itself), moves a block that does not fit to the next
 * page, splits a paragraph or a table row that is taller than what is left between its
 * lines, keeps a heading with what follows it, and gives every page a header and a
 * footer with "page x of y".
 *
 * Layout is independent of the surface: sizes are in PostScript points (1/72 inch),
 * metrics are not hinted, so the same pages can be written to a PDF file, drawn on a
 * printer's cairo context (GtkPrintOperation with GTK_UNIT_POINTS and the full page) or
 * on an image surface for a preview, at any scale.
 *
 * Text given as text is never read as markup: names and notes typed by people are data.
 * The *_markup() variants take Pango markup, for labels the caller builds with
 * g_markup_printf_escaped().
 *
 * Threads: a document uses the pango font map it was made with (by default the calling
 * thread's); never use one document, or two documents of one font map, from two
 * threads at once.
 */

#pragma once

#include <gio/gio.h>
#include <cairo.h>
#include <pango/pango.h>

G_BEGIN_DECLS

/* A4 in points. */
#define OPL_PDF_PAGE_WIDTH  595.276
#define OPL_PDF_PAGE_HEIGHT 841.890

/**
 * OplPdfStyle:
 * @OPL_PDF_STYLE_BODY: running text
 * @OPL_PDF_STYLE_STRONG: running text in bold
 * @OPL_PDF_STYLE_SMALL: smaller text, for remarks
 * @OPL_PDF_STYLE_DIM: smaller and grey, for explanations
 * @OPL_PDF_STYLE_NOTICE: a framed notice that stands out (what an export contains)
 */
typedef enum
{
  OPL_PDF_STYLE_BODY,
  OPL_PDF_STYLE_STRONG,
  OPL_PDF_STYLE_SMALL,
  OPL_PDF_STYLE_DIM,
  OPL_PDF_STYLE_NOTICE,
} OplPdfStyle;

#define OPL_TYPE_PDF_DOCUMENT (opl_pdf_document_get_type ())

G_DECLARE_FINAL_TYPE (OplPdfDocument, opl_pdf_document, OPL, PDF_DOCUMENT, GObject)

OplPdfDocument *opl_pdf_document_new            (const char      *title) G_GNUC_WARN_UNUSED_RESULT;
OplPdfDocument *opl_pdf_document_new_for_font_map (const char    *title,
                                                   PangoFontMap  *font_map) G_GNUC_WARN_UNUSED_RESULT;

const char     *opl_pdf_document_get_title      (OplPdfDocument  *self);
const char     *opl_pdf_document_get_file_name  (OplPdfDocument  *self);
void            opl_pdf_document_set_file_name  (OplPdfDocument  *self,
                                                 const char      *file_name);
void            opl_pdf_document_set_header     (OplPdfDocument  *self,
                                                 const char      *left,
                                                 const char      *right);
void            opl_pdf_document_set_footer     (OplPdfDocument  *self,
                                                 const char      *left);
void            opl_pdf_document_set_metadata   (OplPdfDocument  *self,
                                                 const char      *author,
                                                 const char      *subject,
                                                 GDateTime       *created);

void            opl_pdf_document_add_title      (OplPdfDocument  *self,
                                                 const char      *title,
                                                 const char      *subtitle);
void            opl_pdf_document_add_heading    (OplPdfDocument  *self,
                                                 const char      *text);
void            opl_pdf_document_add_subheading (OplPdfDocument  *self,
                                                 const char      *text);
void            opl_pdf_document_add_paragraph  (OplPdfDocument  *self,
                                                 OplPdfStyle      style,
                                                 const char      *text);
void            opl_pdf_document_add_paragraph_markup (OplPdfDocument *self,
                                                       OplPdfStyle     style,
                                                       const char     *markup);
void            opl_pdf_document_add_fact       (OplPdfDocument  *self,
                                                 const char      *label,
                                                 const char      *value);
void            opl_pdf_document_add_space      (OplPdfDocument  *self,
                                                 double           points);
void            opl_pdf_document_add_page_break (OplPdfDocument  *self);

void            opl_pdf_document_begin_table    (OplPdfDocument  *self,
                                                 guint            n_columns,
                                                 const char     **headers,
                                                 const double    *widths);
void            opl_pdf_document_add_row        (OplPdfDocument  *self,
                                                 const char     **cells);
void            opl_pdf_document_add_row_markup (OplPdfDocument  *self,
                                                 const char     **cells);
void            opl_pdf_document_add_row_spans  (OplPdfDocument  *self,
                                                 guint            first_column,
                                                 guint            n_cells,
                                                 const char     **cells,
                                                 const guint     *spans);
void            opl_pdf_document_add_details_row (OplPdfDocument *self,
                                                  guint           first_column,
                                                  const char     *markup);
void            opl_pdf_document_end_table      (OplPdfDocument  *self);

guint           opl_pdf_document_paginate       (OplPdfDocument  *self);
guint           opl_pdf_document_get_n_pages    (OplPdfDocument  *self);
void            opl_pdf_document_draw_page      (OplPdfDocument  *self,
                                                 cairo_t         *cr,
                                                 guint            page);

gboolean        opl_pdf_document_write          (OplPdfDocument  *self,
                                                 GOutputStream   *stream,
                                                 GCancellable    *cancellable,
                                                 GError         **error);
GBytes         *opl_pdf_document_to_bytes       (OplPdfDocument  *self,
                                                 GError         **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean        opl_pdf_document_write_file     (OplPdfDocument  *self,
                                                 GFile           *file,
                                                 GCancellable    *cancellable,
                                                 GError         **error);

G_END_DECLS
