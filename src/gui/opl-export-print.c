/* opl-export-print.c: printing a bundle's PDFs with GtkPrintOperation.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The printer gets the very pages of the PDFs: the same documents (opl-export-pdf.h),
 * drawn by the same code, one after the other, the contents first. The operation
 * works in points on the whole A4 sheet, as the documents do.
 */

#define G_LOG_DOMAIN "opl-export-print"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-export-pdf.h"
#include "opl-export-print.h"

typedef struct
{
  GPtrArray *documents;   /* OplPdfDocument, laid out on the main thread */
  guint      n_pages;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->documents, g_ptr_array_unref);
  g_free (job);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page_nr,
                 gpointer           user_data)
{
  PrintJob *job = user_data;
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  guint page = (guint) page_nr;

  for (guint i = 0; i < job->documents->len; i++)
    {
      OplPdfDocument *document = g_ptr_array_index (job->documents, i);
      guint n_pages = opl_pdf_document_get_n_pages (document);

      if (page < n_pages)
        {
          opl_pdf_document_draw_page (document, cr, page);
          return;
        }
      page -= n_pages;
    }

  g_warn_if_reached ();
}

/**
 * opl_export_print_new:
 *
 * Lays out the bundle's documents and makes an operation that prints all their pages
 * on A4; run it with gtk_print_operation_run().
 *
 * Returns: (transfer full): the operation, or %NULL with @error
 */
GtkPrintOperation *
opl_export_print_new (OplExportBundle  *bundle,
                      GError          **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  PrintJob *job;

  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (bundle), NULL);

  job = g_new0 (PrintJob, 1);
  job->documents = opl_export_pdf_build (bundle, NULL, error);
  if (job->documents == NULL)
    {
      print_job_free (job);
      return NULL;
    }
  for (guint i = 0; i < job->documents->len; i++)
    job->n_pages += opl_pdf_document_paginate (g_ptr_array_index (job->documents, i));

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_PORTRAIT);

  operation = gtk_print_operation_new ();
  /* Translators: the name of a print job */
  gtk_print_operation_set_job_name (operation, _("Export for the institute"));
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_n_pages (operation, (int) job->n_pages);
  gtk_print_operation_set_allow_async (operation, TRUE);
  gtk_print_operation_set_embed_page_setup (operation, FALSE);

  g_object_set_data_full (G_OBJECT (operation), "opl-print-job", job, (GDestroyNotify) print_job_free);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);

  return g_steal_pointer (&operation);
}

/**
 * opl_export_print_get_n_pages:
 *
 * Returns: how many pages the operation prints
 */
guint
opl_export_print_get_n_pages (GtkPrintOperation *operation)
{
  PrintJob *job = g_object_get_data (G_OBJECT (operation), "opl-print-job");

  g_return_val_if_fail (job != NULL, 0);

  return job->n_pages;
}
