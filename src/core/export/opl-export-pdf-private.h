/* opl-export-pdf-private.h: what the export's PDF files share: the builder, its words
 * and documents (opl-export-pdf.c), the aios's documents (opl-export-pdf-aios.c) and the
 * scholing (opl-export-pdf-scholing.c).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "opl-export-pdf.h"
#include "opl-schedule.h"

G_BEGIN_DECLS

/* Colours in markup (as in opl-pdf-document.c). */
#define MARKUP_DIM     "#5e5c64"
#define MARKUP_ERROR   "#a51d2d"
#define MARKUP_SUCCESS "#26734d"

typedef struct
{
  OplExportBundle *bundle;
  GPtrArray       *documents;      /* OplPdfDocument, in the bundle's order */
  char            *practice;       /* the practice's name */
  char            *exported_on;    /* the export's date, in words */
  char            *exporter;       /* who exported, or NULL */
  GDateTime       *created;
  PangoFontMap    *font_map;       /* (nullable) */
} Builder;

OplPdfDocument *opl_export_pdf_add_document        (Builder    *builder,
                                                    const char *title,
                                                    const char *header,
                                                    const char *stem);
void         opl_export_pdf_add_empty_note           (OplPdfDocument *document,
                                                      const char     *text);
void         opl_export_pdf_add_part_of_export       (Builder        *builder,
                                                      OplPdfDocument *document);
void         opl_export_pdf_add_slot_fact            (OplPdfDocument *document,
                                                      JsonObject     *traject);
void         opl_export_pdf_add_traject_facts        (Builder        *builder,
                                                      OplPdfDocument *document,
                                                      JsonObject     *traject);
void         opl_export_pdf_build_diensten           (Builder    *builder,
                                                      JsonObject *traject);
gboolean     opl_export_pdf_build_forms              (Builder     *builder,
                                                      JsonObject  *traject,
                                                      GError     **error);
void         opl_export_pdf_build_kpb                (Builder    *builder,
                                                      JsonObject *traject);
void         opl_export_pdf_build_leergesprekken     (Builder    *builder,
                                                      JsonObject *traject);
void         opl_export_pdf_build_scholing_all       (Builder *builder);
void         opl_export_pdf_build_traject            (Builder    *builder,
                                                      JsonObject *traject);
char        *opl_export_pdf_format_gdate             (const GDate *date);
const char  *opl_export_pdf_format_phase             (gint64 phase);
char        *opl_export_pdf_format_record_date       (JsonObject *record,
                                                      const char *member);
char        *opl_export_pdf_format_time_range        (gint64 start_minute,
                                                      gint64 duration);
gboolean     opl_export_pdf_moment_kind_from_string  (const char    *str,
                                                      OplMomentKind *kind);
gboolean     opl_export_pdf_moment_state_from_string  (const char     *str,
                                                       OplMomentState *state);
const char  *opl_export_pdf_person_name              (Builder    *builder,
                                                      const char *person_id);
const char  *opl_export_pdf_role_label               (const char *role);
char        *opl_export_pdf_slugify                  (const char *text);
const char  *opl_export_pdf_who_label                (const char *who);

G_END_DECLS
