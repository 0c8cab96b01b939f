/* opl-export-page.c: the Export view: a bundle for the institute, previewed, saved,
 * printed or mailed.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The person chooses an aios's traject, what goes in and in which formats. The bundle
 * is read from the store on the main thread (one read transaction, as the exporting
 * profile may see it: another's private forms stay out, design.md §7); everything
 * slow -- laying out the PDFs, writing and zipping -- runs on a worker thread, and the
 * view shows a spinner meanwhile.
 *
 * The preview is the bundle's own first page (the contents, which say what was
 * selected), and any page after it, drawn by the code that makes the PDFs. Its
 * documents are laid out on a worker with a font map of their own, and only ever used
 * by one job at a time.
 */

#define G_LOG_DOMAIN "opl-export-page"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "opl-compat.h"
#include "opl-date.h"
#include "opl-export-mail.h"
#include "opl-export-page-private.h"
#include "opl-export-pdf.h"
#include "opl-export-print.h"
#include "opl-format.h"
#include "opl-store-export.h"
#include "opl-window.h"

/* The preview's width in pixels per point of the page (before the screen's scale). */
#define PREVIEW_SCALE 1.0
#define PREVIEW_DELAY_MS 250

/* What a bundle is about: an aios's trajecten, or the opleider's own scholing. */
typedef enum
{
  FOR_AIOS = 1 << 0,
  FOR_SCHOLING = 1 << 1,
} Subject;

typedef struct
{
  OplExportSections  section;
  const char        *title;
  const char        *subtitle;
  guint              subjects;       /* Subject bits it is offered for */
  gboolean           opleider_only;
  gboolean           active;
} SectionChoice;

static const SectionChoice section_choices[] = {
  { OPL_EXPORT_SECTION_MOMENTS, N_("Due moments"), N_("The traject’s moments and their state"), FOR_AIOS, FALSE, TRUE },
  { OPL_EXPORT_SECTION_FORMS, N_("Forms"), N_("ComBel, LEOh, voortgangsadvies and dienstenrapportage, every item and answer"), FOR_AIOS, FALSE, TRUE },
  { OPL_EXPORT_SECTION_LEERGESPREKKEN, N_("Leergesprekken"), N_("Agenda, notes, agreements, top and tip"), FOR_AIOS, FALSE, TRUE },
  { OPL_EXPORT_SECTION_KPB, N_("KPB and KVB"), NULL, FOR_AIOS, FALSE, TRUE },
  { OPL_EXPORT_SECTION_DIENSTEN, N_("Diensten"), NULL, FOR_AIOS, FALSE, TRUE },
  { OPL_EXPORT_SECTION_SCHOLING, N_("Scholing"), N_("Scholingsdagen, dispensation, leerplan and HAO-voortgangsgesprekken"), FOR_SCHOLING, TRUE, TRUE },
  { OPL_EXPORT_SECTION_CHECKLIST, N_("Checklist ticks"), N_("In the data files only"), FOR_AIOS | FOR_SCHOLING, TRUE, FALSE },
};

/* How many opleidingsjaren back the scholing bundle offers. */
#define SCHOLING_YEARS_BACK 6

static const struct
{
  OplExportFormats  format;
  const char       *title;
  const char       *subtitle;
} format_choices[] = {
  { OPL_EXPORT_FORMAT_PDF, N_("PDF"), N_("One document per form and overview, to read and print") },
  { OPL_EXPORT_FORMAT_CSV, N_("CSV"), N_("Tables for a spreadsheet") },
  { OPL_EXPORT_FORMAT_JSON, N_("JSON"), N_("All of it as one data file, to import elsewhere") },
};

/* The laid-out documents of a preview, shared with the job that draws a page. */
typedef struct
{
  GPtrArray    *documents;   /* OplPdfDocument */
  PangoFontMap *font_map;
  guint         n_pages;
} PreviewDocuments;

typedef struct
{
  OplExportBundle  *bundle;    /* to lay out, when @documents is NULL */
  PreviewDocuments *documents;
  guint             page;
  double            scale;
  /* The result */
  GBytes           *pixels;
  int               width;
  int               height;
  int               stride;
  char             *caption;
} PreviewJob;

typedef enum
{
  PURPOSE_SAVE,
  PURPOSE_MAIL,
} Purpose;

typedef struct
{
  OplExportBundle       *bundle;
  char                  *path;
  OplExportWriteOptions  options;
  Purpose                purpose;
} WriteJob;

struct _OplExportPage
{
  OplPage           parent_instance;

  /* Template widgets */
  GtkStack         *stack;
  GtkFlowBox       *columns;
  GtkListBox       *selector_list;
  AdwComboRow      *aios_row;
  AdwComboRow      *year_row;
  GtkListBox       *contents_list;
  GtkListBox       *format_list;
  AdwComboRow      *container_row;
  GtkPicture       *preview_picture;
  GtkSpinner       *preview_spinner;
  GtkLabel         *preview_caption;
  GtkLabel         *privacy_label;
  GtkWidget        *busy_box;
  GtkSpinner       *busy_spinner;
  GtkLabel         *busy_label;

  /* Owned references */
  GPtrArray        *trajecten;           /* OplTraject the person may export */
  GPtrArray        *aios_ids;            /* char *, the choices of aios_row (aios, then the
                                          * opleider's own id for their scholing) */
  guint             scholing_index;      /* the choice that is the scholing, or G_MAXUINT */
  Subject           years_subject;       /* what the years of year_row are for */
  GArray           *years;               /* int, the choices of year_row; 0: all */
  GSettings        *settings;            /* (nullable) */
  GCancellable     *cancellable;         /* cancelled on dispose */
  GCancellable     *preview_cancellable; /* the preview being made */
  PreviewDocuments *preview;             /* (nullable) the preview's documents */
  char             *mail_file;           /* the bundle attached to the last mail */
  char             *last_message;

  /* Borrowed references */
  GtkCheckButton   *section_checks[G_N_ELEMENTS (section_choices)];
  GtkCheckButton   *format_checks[G_N_ELEMENTS (format_choices)];
  AdwMessageDialog *dialog;

  guint             preview_id;
  guint             preview_page;
  gboolean          previewing;
  gboolean          busy;
  gboolean          filling;
};

G_DEFINE_FINAL_TYPE (OplExportPage, opl_export_page, OPL_TYPE_PAGE)

static Subject get_subject  (OplExportPage *self);
static void update_actions  (OplExportPage *self);
static void queue_preview   (OplExportPage *self);
static void start_write     (OplExportPage *self,
                             const char    *path,
                             gboolean       as_zip,
                             Purpose        purpose);

/* Helpers */

static void
preview_documents_free (PreviewDocuments *documents)
{
  g_clear_pointer (&documents->documents, g_ptr_array_unref);
  g_clear_object (&documents->font_map);
}

static PreviewDocuments *
preview_documents_ref (PreviewDocuments *documents)
{
  return g_atomic_rc_box_acquire (documents);
}

static void
preview_documents_unref (PreviewDocuments *documents)
{
  g_atomic_rc_box_release_full (documents, (GDestroyNotify) preview_documents_free);
}

static void
preview_job_free (PreviewJob *job)
{
  g_clear_object (&job->bundle);
  g_clear_pointer (&job->documents, preview_documents_unref);
  g_clear_pointer (&job->pixels, g_bytes_unref);
  g_clear_pointer (&job->caption, g_free);
  g_free (job);
}

static void
write_job_free (WriteJob *job)
{
  g_clear_object (&job->bundle);
  g_clear_pointer (&job->path, g_free);
  g_free (job);
}

static void
set_message (OplExportPage *self,
             const char    *message)
{
  g_free (self->last_message);
  self->last_message = g_strdup (message);
}

static void
show_toast (OplExportPage *self,
            const char    *message)
{
  set_message (self, message);
  opl_window_show_toast_for (GTK_WIDGET (self), message);
}

static void
on_dialog_response_cb (OplExportPage *self,
                       const char    *response)
{
  g_clear_weak_pointer (&self->dialog);

  if (g_strcmp0 (response, "preferences") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "workspace.show-preferences", NULL);
  else if (g_strcmp0 (response, "save") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "export.save", NULL);
}

/* An AdwMessageDialog over the window; @extra_id/@extra_label add a second response. */
static void
show_dialog (OplExportPage *self,
             const char    *heading,
             const char    *body,
             const char    *extra_id,
             const char    *extra_label)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *dialog;

  set_message (self, body);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));

  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (extra_id != NULL)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), extra_id, extra_label);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), extra_id, ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), extra_id);
    }
  else
    adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_dialog_response_cb), self, G_CONNECT_SWAPPED);

  /* Weak: whoever destroys the window (a test's tear-down, the window manager) leaves
   * no dangling pointer for the next dialog or dispose to destroy again. */
  g_set_weak_pointer (&self->dialog, ADW_MESSAGE_DIALOG (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWidget *
check_row (GtkCheckButton *check)
{
  return gtk_widget_get_ancestor (GTK_WIDGET (check), GTK_TYPE_LIST_BOX_ROW);
}

static OplExportSections
get_sections (OplExportPage *self)
{
  OplExportSections sections = 0;

  for (guint i = 0; i < G_N_ELEMENTS (section_choices); i++)
    if (gtk_widget_get_visible (check_row (self->section_checks[i])) &&
        (section_choices[i].subjects & get_subject (self)) != 0 &&
        gtk_check_button_get_active (self->section_checks[i]))
      sections |= section_choices[i].section;

  return sections;
}

static OplExportFormats
get_formats (OplExportPage *self)
{
  OplExportFormats formats = 0;

  for (guint i = 0; i < G_N_ELEMENTS (format_choices); i++)
    if (gtk_check_button_get_active (self->format_checks[i]))
      formats |= format_choices[i].format;

  return formats;
}

static Subject
get_subject (OplExportPage *self)
{
  return adw_combo_row_get_selected (self->aios_row) == self->scholing_index ? FOR_SCHOLING : FOR_AIOS;
}

/* The aios chosen, or the opleider whose scholing it is. */
static const char *
get_aios_id (OplExportPage *self)
{
  guint selected = adw_combo_row_get_selected (self->aios_row);

  if (self->aios_ids == NULL || selected >= self->aios_ids->len)
    return NULL;

  return g_ptr_array_index (self->aios_ids, selected);
}

static const char *
get_aios_name (OplExportPage *self)
{
  const char *aios_id = get_aios_id (self);
  OplPerson *aios = aios_id != NULL ? opl_store_lookup_person (opl_page_get_store (OPL_PAGE (self)), aios_id) : NULL;

  return aios != NULL ? opl_person_get_name (aios) : "";
}

static int
get_year (OplExportPage *self)
{
  guint selected = adw_combo_row_get_selected (self->year_row);

  if (self->years == NULL || selected >= self->years->len)
    return 0;

  return g_array_index (self->years, int, selected);
}

static gboolean
wants_folder (OplExportPage *self)
{
  return adw_combo_row_get_selected (self->container_row) == 1;
}

/* The bundle as chosen, read from the store now. */
static OplExportBundle *
create_bundle (OplExportPage  *self,
               GError        **error)
{
  OplExportSelection selection = OPL_EXPORT_SELECTION_INIT;
  const char *aios_id = get_aios_id (self);

  if (aios_id == NULL)
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_SELECTION, _("Choose an aios first."));
      return NULL;
    }

  if (get_subject (self) == FOR_SCHOLING)
    {
      selection.scope = OPL_EXPORT_SCOPE_OPLEIDER;
      selection.opleider_id = aios_id;
    }
  else
    {
      selection.scope = OPL_EXPORT_SCOPE_AIOS;
      selection.aios_id = aios_id;
    }
  selection.year = get_year (self);
  selection.viewer_id = opl_person_get_id (opl_page_get_person (OPL_PAGE (self)));
  selection.sections = get_sections (self);

  return opl_store_export_bundle (opl_page_get_store (OPL_PAGE (self)), &selection, error);
}

/* “export-charlotte-bakker-2026-11-22” */
static char *
suggest_name (OplExportPage *self)
{
  g_autofree char *ascii = g_str_to_ascii (get_aios_name (self), "C");
  g_autofree char *today_iso = NULL;
  GString *name = g_string_new ("export");
  gboolean dash = TRUE;
  GDate today;

  opl_date_set_today (&today);
  today_iso = opl_date_to_iso (&today);
  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        {
          if (dash)
            g_string_append_c (name, '-');
          g_string_append_c (name, g_ascii_tolower (*p));
          dash = FALSE;
        }
      else
        dash = TRUE;
    }
  g_string_append_printf (name, "-%s", today_iso);

  return g_string_free (name, FALSE);
}

static void
set_busy (OplExportPage *self,
          const char    *label)
{
  self->busy = label != NULL;
  gtk_widget_set_visible (self->busy_box, self->busy);
  gtk_spinner_set_spinning (self->busy_spinner, self->busy);
  gtk_label_set_label (self->busy_label, label != NULL ? label : "");
  update_actions (self);
}

static void
update_actions (OplExportPage *self)
{
  gboolean ready = get_aios_id (self) != NULL && !self->busy;
  gboolean has_pdf = gtk_check_button_get_active (self->format_checks[0]);
  guint n_pages = self->preview != NULL ? self->preview->n_pages : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.save", ready && get_formats (self) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.mail", ready && get_formats (self) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.print", ready && has_pdf);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.previous-page",
                                 !self->previewing && self->preview != NULL && self->preview_page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.next-page",
                                 !self->previewing && self->preview != NULL && self->preview_page + 1 < n_pages);
}

/* The preview */

static void
render_page (PreviewJob *job)
{
  PreviewDocuments *documents = job->documents;
  guint page = job->page;
  cairo_surface_t *surface;
  cairo_t *cr;

  for (guint i = 0; i < documents->documents->len; i++)
    {
      OplPdfDocument *document = g_ptr_array_index (documents->documents, i);
      guint n_pages = opl_pdf_document_get_n_pages (document);

      if (page >= n_pages)
        {
          page -= n_pages;
          continue;
        }

      job->width = (int) (OPL_PDF_PAGE_WIDTH * job->scale + 0.5);
      job->height = (int) (OPL_PDF_PAGE_HEIGHT * job->scale + 0.5);
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, job->width, job->height);
      cr = cairo_create (surface);
      cairo_set_source_rgb (cr, 1.0, 1.0, 1.0);
      cairo_paint (cr);
      cairo_scale (cr, job->scale, job->scale);
      opl_pdf_document_draw_page (document, cr, page);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      job->stride = cairo_image_surface_get_stride (surface);
      job->pixels = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) job->stride * job->height);
      cairo_surface_destroy (surface);

      /* Translators: under the preview: a file of the bundle and the page shown:
       * “00-inhoud.pdf · page 1 of 2” */
      job->caption = g_strdup_printf (_("%s · page %u of %u"), opl_pdf_document_get_file_name (document),
                                      page + 1, n_pages);
      return;
    }
}

static void
preview_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PreviewJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (job->documents == NULL)
    {
      PreviewDocuments *documents = g_atomic_rc_box_new0 (PreviewDocuments);

      /* A font map of its own: these documents are drawn later by other jobs. */
      documents->font_map = pango_cairo_font_map_new ();
      documents->documents = opl_export_pdf_build (job->bundle, documents->font_map, &error);
      job->documents = documents;
      if (documents->documents == NULL)
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      for (guint i = 0; i < documents->documents->len; i++)
        documents->n_pages += opl_pdf_document_paginate (g_ptr_array_index (documents->documents, i));
    }

  if (g_task_return_error_if_cancelled (task))
    return;

  job->page = MIN (job->page, job->documents->n_pages - 1);
  render_page (job);
  g_task_return_boolean (task, TRUE);
}

static void
on_preview_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OplExportPage *self = OPL_EXPORT_PAGE (object);
  PreviewJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      self->previewing = FALSE;
      gtk_spinner_set_spinning (self->preview_spinner, FALSE);
      g_debug ("Making the preview failed: %s", error->message);
      gtk_picture_set_paintable (self->preview_picture, NULL);
      gtk_label_set_label (self->preview_caption, error->message);
      update_actions (self);
      return;
    }

  self->previewing = FALSE;
  gtk_spinner_set_spinning (self->preview_spinner, FALSE);

  if (self->preview != job->documents)
    {
      g_clear_pointer (&self->preview, preview_documents_unref);
      self->preview = preview_documents_ref (job->documents);
    }
  self->preview_page = job->page;

  if (job->pixels != NULL)
    {
      texture = gdk_memory_texture_new (job->width, job->height, GDK_MEMORY_DEFAULT, job->pixels, job->stride);
      gtk_picture_set_paintable (self->preview_picture, GDK_PAINTABLE (texture));
      gtk_label_set_label (self->preview_caption, job->caption);
    }

  update_actions (self);
}

static void
start_preview_job (OplExportPage    *self,
                   OplExportBundle  *bundle,
                   PreviewDocuments *documents,
                   guint             page)
{
  g_autoptr(GTask) task = NULL;
  PreviewJob *job = g_new0 (PreviewJob, 1);

  g_cancellable_cancel (self->preview_cancellable);
  g_clear_object (&self->preview_cancellable);
  self->preview_cancellable = g_cancellable_new ();

  job->bundle = bundle != NULL ? g_object_ref (bundle) : NULL;
  job->documents = documents != NULL ? preview_documents_ref (documents) : NULL;
  job->page = page;
  job->scale = PREVIEW_SCALE * MAX (gtk_widget_get_scale_factor (GTK_WIDGET (self)), 1) * 1.6;

  self->previewing = TRUE;
  gtk_spinner_set_spinning (self->preview_spinner, TRUE);
  update_actions (self);

  task = g_task_new (self, self->preview_cancellable, on_preview_done_cb, NULL);
  g_task_set_source_tag (task, start_preview_job);
  g_task_set_task_data (task, job, (GDestroyNotify) preview_job_free);
  g_task_run_in_thread (task, preview_thread);
}

static void
update_privacy (OplExportPage   *self,
                OplExportBundle *bundle)
{
  guint omitted = bundle != NULL ? opl_export_bundle_get_n_omitted_private (bundle) : 0;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->privacy_label), omitted > 0);
  if (omitted == 0)
    return;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u private form of the aios is not included: only its author can "
                                       "export it until it is shared.",
                                       "%u private forms of the aios are not included: only their author can "
                                       "export them until they are shared.",
                                       omitted),
                          omitted);
  gtk_label_set_label (self->privacy_label, text);
}

static void
on_preview_timeout_cb (gpointer user_data)
{
  OplExportPage *self = user_data;
  g_autoptr(OplExportBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;

  self->preview_id = 0;
  g_clear_pointer (&self->preview, preview_documents_unref);

  bundle = create_bundle (self, &error);
  update_privacy (self, bundle);
  if (bundle == NULL)
    {
      g_debug ("Reading the bundle failed: %s", error->message);
      gtk_picture_set_paintable (self->preview_picture, NULL);
      gtk_label_set_label (self->preview_caption, error->message);
      update_actions (self);
      return;
    }

  start_preview_job (self, bundle, NULL, 0);
}

static void
queue_preview (OplExportPage *self)
{
  g_clear_handle_id (&self->preview_id, g_source_remove);
  if (self->filling || get_aios_id (self) == NULL)
    return;

  /* A few changes in a row make one preview. */
  self->previewing = TRUE;
  gtk_spinner_set_spinning (self->preview_spinner, TRUE);
  self->preview_id = g_timeout_add_once (PREVIEW_DELAY_MS, on_preview_timeout_cb, self);
  update_actions (self);
}

static void
show_preview_page (OplExportPage *self,
                   guint          page)
{
  if (self->preview == NULL || self->previewing || page >= self->preview->n_pages)
    return;

  start_preview_job (self, NULL, self->preview, page);
}

/* Writing */

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  g_autoptr(GError) error = NULL;

  if (!opl_export_write (job->bundle, job->path, &job->options, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
on_mail_composed_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(OplExportPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *address = opl_export_mail_find_address (self->settings, opl_page_get_store (OPL_PAGE (self)), NULL);

  set_busy (self, NULL);

  if (!opl_export_mail_compose_finish (result, &error))
    {
      g_autofree char *body = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* Translators: the first %s says what went wrong; then where the bundle is and to whom it goes */
      body = g_strdup_printf (_("%s The bundle is saved as “%s”: attach it to a mail to %s yourself."),
                              error->message, self->mail_file, address);
      show_dialog (self, _("The Mail Was Not Made"), body, "save", _("_Save a Copy…"));
      return;
    }

  {
    /* Translators: %s is the secretariat's mail address */
    g_autofree char *message = g_strdup_printf (_("A mail to %s with the bundle is ready in your mail program"),
                                                address);

    show_toast (self, message);
  }
}

static void
compose_mail (OplExportPage *self)
{
  const char *aios = get_aios_name (self);
  const char *sender = opl_person_get_name (opl_page_get_person (OPL_PAGE (self)));
  g_autofree char *address = opl_export_mail_find_address (self->settings, opl_page_get_store (OPL_PAGE (self)), NULL);
  g_autofree char *subject = NULL;
  g_autofree char *body = NULL;

  /* Translators: the subject of the mail to the institute; %s is the aios */
  subject = g_strdup_printf (_("Export for the institute: %s"), aios);
  /* Translators: the text of the mail to the institute; the first %s is the aios, the second the
   * sender; 00-inhoud.pdf is the name of a file and stays as it is */
  body = g_strdup_printf (_("Dear secretariat,\n\nAttached is the export of %s. It contains only what I "
                            "selected for it; 00-inhoud.pdf lists its contents.\n\nKind regards,\n%s"),
                          aios, sender);

  set_busy (self, _("Opening your mail program…"));
  opl_export_mail_compose_async (address, subject, body, self->mail_file, self->cancellable,
                                 on_mail_composed_cb, g_object_ref (self));
}

static void
on_written_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  OplExportPage *self = OPL_EXPORT_PAGE (object);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      set_busy (self, NULL);
      g_debug ("Writing the bundle failed: %s", error->message);
      show_dialog (self, job->purpose == PURPOSE_MAIL ? _("The Mail Was Not Made") : _("The Bundle Was Not Saved"),
                   error->message, NULL, NULL);
      return;
    }

  if (job->purpose == PURPOSE_MAIL)
    {
      compose_mail (self);
      return;
    }

  set_busy (self, NULL);
  {
    g_autofree char *name = g_path_get_basename (job->path);
    /* Translators: %s is the name of the file or folder saved */
    g_autofree char *message = g_strdup_printf (_("Saved “%s”"), name);

    show_toast (self, message);
  }
}

/* Writes the bundle as chosen to @path (a zip when @as_zip), on a worker thread. */
static void
start_write (OplExportPage *self,
             const char    *path,
             gboolean       as_zip,
             Purpose        purpose)
{
  g_autoptr(OplExportBundle) bundle = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  WriteJob *job;

  bundle = create_bundle (self, &error);
  if (bundle == NULL)
    {
      show_dialog (self, purpose == PURPOSE_MAIL ? _("The Mail Was Not Made") : _("The Bundle Was Not Saved"),
                   error->message, NULL, NULL);
      return;
    }

  job = g_new0 (WriteJob, 1);
  job->bundle = g_steal_pointer (&bundle);
  job->purpose = purpose;
  job->options.formats = get_formats (self);
  job->options.render_pdf = opl_export_pdf_write_all;
  /* The writer decides zip or folder by the name. */
  if (as_zip && !g_str_has_suffix (path, ".zip"))
    job->path = g_strconcat (path, ".zip", NULL);
  else
    job->path = g_strdup (path);

  set_busy (self, purpose == PURPOSE_MAIL ? _("Making the bundle for the mail…") : _("Saving the bundle…"));

  task = g_task_new (self, self->cancellable, on_written_cb, NULL);
  g_task_set_source_tag (task, start_write);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_thread);
}

static void
on_save_chosen_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(OplExportPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = opl_compat_save_file_finish (result, &error);
  g_autofree char *path = NULL;
  gboolean folder = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "opl-save-folder"));

  if (file == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_dialog (self, _("The Bundle Was Not Saved"), error->message, NULL, NULL);
      return;
    }

  path = g_file_get_path (file);
  if (path == NULL)
    {
      show_dialog (self, _("The Bundle Was Not Saved"), _("Choose a place on this computer."), NULL, NULL);
      return;
    }

  start_write (self, path, !folder, PURPOSE_SAVE);
}

/* Actions */

static void
opl_export_page_save_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  OplExportPage *self = OPL_EXPORT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = suggest_name (self);
  g_autofree char *initial = NULL;
  gboolean folder = wants_folder (self);

  if (self->busy)
    return;

  if (folder)
    {
      gtk_file_filter_set_name (filter, _("Folders"));
      gtk_file_filter_add_mime_type (filter, "inode/directory");
      initial = g_strdup (name);
    }
  else
    {
      gtk_file_filter_set_name (filter, _("Zip Files"));
      gtk_file_filter_add_pattern (filter, "*.zip");
      initial = g_strconcat (name, ".zip", NULL);
    }

  g_object_set_data (G_OBJECT (self), "opl-save-folder", GINT_TO_POINTER (folder));
  opl_compat_save_file_async (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, _("Save the Bundle"), _("_Save"),
                              initial, filter, self->cancellable, on_save_chosen_cb, g_object_ref (self));
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  gpointer                 user_data)
{
  g_autoptr(OplExportPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  show_dialog (self, _("The Bundle Was Not Printed"), error != NULL ? error->message : _("The printer refused it."),
               NULL, NULL);
}

static void
opl_export_page_print_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  OplExportPage *self = OPL_EXPORT_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(OplExportBundle) bundle = NULL;
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->busy)
    return;

  bundle = create_bundle (self, &error);
  if (bundle != NULL)
    operation = opl_export_print_new (bundle, &error);
  if (operation == NULL)
    {
      show_dialog (self, _("The Bundle Was Not Printed"), error->message, NULL, NULL);
      return;
    }

  /* “Current Page” in the dialog is the page the preview shows: the same pages, in
   * the same order. */
  if (self->preview != NULL && self->preview_page < opl_export_print_get_n_pages (operation))
    gtk_print_operation_set_current_page (operation, (int) self->preview_page);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done_cb), g_object_ref (self));
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_dialog (self, _("The Bundle Was Not Printed"), error->message, NULL, NULL);
}

static void
opl_export_page_mail_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  OplExportPage *self = OPL_EXPORT_PAGE (widget);
  g_autofree char *address = opl_export_mail_find_address (self->settings, opl_page_get_store (OPL_PAGE (self)), NULL);
  g_autofree char *name = NULL;
  g_autofree char *folder = NULL;

  if (self->busy)
    return;

  if (!opl_export_mail_address_is_valid (address))
    {
      show_dialog (self, _("No Address for the Secretariat"),
                   _("The institute profile has no real mail address for its secretariat. Enter it in the "
                     "preferences first."),
                   "preferences", _("Open _Preferences"));
      return;
    }

  /* The attachment is a zip in the app's cache, kept until the next mail. */
  folder = g_build_filename (g_get_user_cache_dir (), "opleidingspraktijk", "mail", NULL);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      int saved_errno = errno;
      /* Translators: the first %s is a folder, the second the system's reason */
      g_autofree char *body = g_strdup_printf (_("Could not make the folder “%s”: %s"), folder,
                                               g_strerror (saved_errno));

      show_dialog (self, _("The Mail Was Not Made"), body, NULL, NULL);
      return;
    }

  name = suggest_name (self);
  g_free (self->mail_file);
  self->mail_file = g_strdup_printf ("%s%c%s.zip", folder, G_DIR_SEPARATOR, name);
  start_write (self, self->mail_file, TRUE, PURPOSE_MAIL);
}

static void
opl_export_page_previous_page_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *parameter)
{
  OplExportPage *self = OPL_EXPORT_PAGE (widget);

  if (self->preview_page > 0)
    show_preview_page (self, self->preview_page - 1);
}

static void
opl_export_page_next_page_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  OplExportPage *self = OPL_EXPORT_PAGE (widget);

  show_preview_page (self, self->preview_page + 1);
}

/* Building the rows */

static GtkCheckButton *
add_check_row (GtkListBox *list,
               const char *title,
               const char *subtitle,
               gboolean    active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  /* The row's title names the check box for a screen reader. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  gtk_list_box_append (list, row);
  return GTK_CHECK_BUTTON (check);
}

static void
on_contents_toggled_cb (OplExportPage *self)
{
  queue_preview (self);
}

static void
on_format_toggled_cb (OplExportPage *self)
{
  update_actions (self);
}

static void
build_rows (OplExportPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_choices); i++)
    {
      const SectionChoice *choice = &section_choices[i];

      self->section_checks[i] = add_check_row (self->contents_list, _(choice->title),
                                               choice->subtitle != NULL ? _(choice->subtitle) : NULL,
                                               choice->active);
      g_signal_connect_object (self->section_checks[i], "toggled", G_CALLBACK (on_contents_toggled_cb), self,
                               G_CONNECT_SWAPPED);
    }

  for (guint i = 0; i < G_N_ELEMENTS (format_choices); i++)
    {
      GtkCheckButton *check = add_check_row (self->format_list, _(format_choices[i].title),
                                             _(format_choices[i].subtitle), TRUE);
      GtkWidget *row = check_row (check);

      /* Before the “Save As” row. */
      g_object_ref (row);
      gtk_list_box_remove (self->format_list, row);
      gtk_list_box_insert (self->format_list, row, (int) i);
      g_object_unref (row);

      self->format_checks[i] = check;
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_format_toggled_cb), self, G_CONNECT_SWAPPED);
    }
}

/* The page */

static GPtrArray *
list_trajecten (OplExportPage *self)
{
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  gboolean stands_in = opl_person_get_role (person) == OPL_ROLE_PLAATSVERVANGEND_OPLEIDER;
  g_autoptr(GError) error = NULL;
  GPtrArray *trajecten;

  trajecten = opl_store_list_trajecten (opl_page_get_store (OPL_PAGE (self)),
                                        stands_in ? NULL : opl_person_get_id (person), &error);
  if (trajecten == NULL)
    {
      g_debug ("Reading the trajecten failed: %s", error->message);
      trajecten = g_ptr_array_new_with_free_func (g_object_unref);
    }

  return trajecten;
}

/* The opleidingsjaren of the chosen aios's trajecten, from the first to the last (or
 * this one, while a traject runs). */
static void
fill_years (OplExportPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  int keep = get_year (self);
  const char *aios_id = get_aios_id (self);
  int first = G_MAXINT, last = G_MININT;
  guint selected = 0;
  GDate today;

  opl_date_set_today (&today);
  g_clear_pointer (&self->years, g_array_unref);
  self->years = g_array_new (FALSE, FALSE, sizeof (int));

  /* Scholing is counted per opleidingsjaar: the current one and those before. */
  if (get_subject (self) == FOR_SCHOLING)
    {
      last = opl_export_year_of_date (&today);
      first = last - SCHOLING_YEARS_BACK + 1;
      if (keep == 0 && self->years_subject != FOR_SCHOLING)
        keep = last;
    }

  for (guint i = 0; get_subject (self) == FOR_AIOS && i < self->trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (self->trajecten, i);
      const GDate *end = opl_traject_get_end (traject);

      if (g_strcmp0 (opl_traject_get_aios_id (traject), aios_id) != 0)
        continue;
      first = MIN (first, opl_export_year_of_date (opl_traject_get_start (traject)));
      last = MAX (last, opl_export_year_of_date (end != NULL ? end : &today));
      last = MAX (last, first);
    }

  g_array_append_val (self->years, (int) { 0 });
  gtk_string_list_append (labels, _("All years"));
  for (int year = first; first != G_MAXINT && year <= last; year++)
    {
      GDate start, end;
      g_autofree char *label = NULL;

      opl_export_year_bounds (year, &start, &end);
      /* Translators: an opleidingsjaar, by the years it runs in: “2026–2027” */
      label = g_strdup_printf (_("%d–%d"), g_date_get_year (&start), g_date_get_year (&end));
      if (year == keep)
        selected = self->years->len;
      g_array_append_val (self->years, year);
      gtk_string_list_append (labels, label);
    }

  adw_combo_row_set_model (self->year_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->year_row, selected);
  self->years_subject = get_subject (self);
}

/* The aios of the trajecten the person may export, each once. */
static void
fill_aios (OplExportPage *self)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  OplPerson *person = opl_page_get_person (OPL_PAGE (self));
  gboolean keep_scholing = self->aios_ids != NULL && get_subject (self) == FOR_SCHOLING;
  g_autofree char *keep = g_strdup (get_aios_id (self));
  guint selected = 0;

  g_clear_pointer (&self->aios_ids, g_ptr_array_unref);
  self->aios_ids = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < self->trajecten->len; i++)
    {
      OplTraject *traject = g_ptr_array_index (self->trajecten, i);
      const char *aios_id = opl_traject_get_aios_id (traject);

      if (g_ptr_array_find_with_equal_func (self->aios_ids, aios_id, g_str_equal, NULL))
        continue;
      if (g_strcmp0 (aios_id, keep) == 0)
        selected = self->aios_ids->len;
      g_ptr_array_add (self->aios_ids, g_strdup (aios_id));
      gtk_string_list_append (names, opl_traject_get_aios_name (traject));
    }

  /* An opleider's own scholing, per opleidingsjaar (issue 7). */
  self->scholing_index = G_MAXUINT;
  if (opl_person_is_opleider (person))
    {
      if (keep_scholing)
        selected = self->aios_ids->len;
      self->scholing_index = self->aios_ids->len;
      g_ptr_array_add (self->aios_ids, g_strdup (opl_person_get_id (person)));
      gtk_string_list_append (names, _("Your scholing"));
    }

  adw_combo_row_set_model (self->aios_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->aios_row, selected);
}

/* What is offered: what the bundle can hold, and what the person keeps. */
static void
update_rows (OplExportPage *self)
{
  gboolean opleider = opl_person_is_opleider (opl_page_get_person (OPL_PAGE (self)));
  Subject subject = get_subject (self);

  for (guint i = 0; i < G_N_ELEMENTS (section_choices); i++)
    gtk_widget_set_visible (check_row (self->section_checks[i]),
                            (section_choices[i].subjects & subject) != 0 &&
                            (!section_choices[i].opleider_only || opleider));
}

static void
opl_export_page_refresh_page (OplPage *page)
{
  OplExportPage *self = OPL_EXPORT_PAGE (page);
  OplPerson *person = opl_page_get_person (page);
  gboolean opleider = opl_person_is_opleider (person);

  g_clear_pointer (&self->trajecten, g_ptr_array_unref);
  self->trajecten = list_trajecten (self);

  self->filling = TRUE;
  fill_aios (self);
  fill_years (self);
  self->filling = FALSE;

  gtk_stack_set_visible_child_name (self->stack, self->aios_ids->len > 0 ? "export" : "empty");
  /* An aios exports their own trajecten: no one to choose. */
  gtk_widget_set_visible (GTK_WIDGET (self->aios_row), opleider);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->aios_row), opleider ? _("About") : _("Aios"));
  update_rows (self);

  /* The store changed: the bundle may too. */
  queue_preview (self);
}

static void
on_aios_row_selected_cb (OplExportPage *self)
{
  if (self->filling)
    return;

  self->filling = TRUE;
  fill_years (self);
  self->filling = FALSE;
  update_rows (self);
  queue_preview (self);
}

static void
on_selection_changed_cb (OplExportPage *self)
{
  queue_preview (self);
}

static void
opl_export_page_constructed (GObject *object)
{
  OplExportPage *self = (OplExportPage *)object;

  G_OBJECT_CLASS (opl_export_page_parent_class)->constructed (object);

  opl_page_refresh (OPL_PAGE (self));
}

static void
opl_export_page_dispose (GObject *object)
{
  OplExportPage *self = (OplExportPage *)object;

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->preview_cancellable);
  g_clear_handle_id (&self->preview_id, g_source_remove);
  if (self->dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (self->dialog));
  g_clear_weak_pointer (&self->dialog);
  /* The stack is both AdwBin's child and a template child: let AdwBin unparent it
   * first, or both would. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), OPL_TYPE_EXPORT_PAGE);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->preview, preview_documents_unref);
  g_clear_pointer (&self->trajecten, g_ptr_array_unref);
  g_clear_pointer (&self->aios_ids, g_ptr_array_unref);
  g_clear_pointer (&self->years, g_array_unref);

  G_OBJECT_CLASS (opl_export_page_parent_class)->dispose (object);
}

static void
opl_export_page_finalize (GObject *object)
{
  OplExportPage *self = (OplExportPage *)object;

  g_clear_object (&self->cancellable);
  g_clear_object (&self->preview_cancellable);
  g_clear_pointer (&self->mail_file, g_free);
  g_clear_pointer (&self->last_message, g_free);

  G_OBJECT_CLASS (opl_export_page_parent_class)->finalize (object);
}

static void
opl_export_page_class_init (OplExportPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  OplPageClass *page_class = OPL_PAGE_CLASS (klass);

  object_class->constructed = opl_export_page_constructed;
  object_class->dispose = opl_export_page_dispose;
  object_class->finalize = opl_export_page_finalize;

  page_class->refresh = opl_export_page_refresh_page;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/opl-export-page.ui");
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, stack);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, columns);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, selector_list);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, aios_row);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, year_row);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, contents_list);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, format_list);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, container_row);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, preview_picture);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, preview_spinner);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, preview_caption);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, privacy_label);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, busy_box);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, busy_spinner);
  gtk_widget_class_bind_template_child (widget_class, OplExportPage, busy_label);
  gtk_widget_class_bind_template_callback (widget_class, on_selection_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_aios_row_selected_cb);

  gtk_widget_class_install_action (widget_class, "export.save", NULL, opl_export_page_save_action);
  gtk_widget_class_install_action (widget_class, "export.print", NULL, opl_export_page_print_action);
  gtk_widget_class_install_action (widget_class, "export.mail", NULL, opl_export_page_mail_action);
  gtk_widget_class_install_action (widget_class, "export.previous-page", NULL, opl_export_page_previous_page_action);
  gtk_widget_class_install_action (widget_class, "export.next-page", NULL, opl_export_page_next_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "export.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "export.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "export.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "export.previous-page", NULL);
}

static void
opl_export_page_init (OplExportPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The two columns (side by side when there is room) are layout, not stops for the
   * keyboard: the focus goes straight to their rows and buttons. */
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_set_focusable (child, FALSE);

  self->cancellable = g_cancellable_new ();
  self->settings = opl_export_mail_create_settings ();
  build_rows (self);
  g_signal_connect_object (self->container_row, "notify::selected", G_CALLBACK (update_actions), self,
                           G_CONNECT_SWAPPED);
}

GtkWidget *
opl_export_page_new (OplStore  *store,
                     OplPerson *person)
{
  g_return_val_if_fail (OPL_IS_STORE (store), NULL);
  g_return_val_if_fail (OPL_IS_PERSON (person), NULL);

  return g_object_new (OPL_TYPE_EXPORT_PAGE, "store", store, "person", person, NULL);
}

/**
 * opl_export_page_select_aios:
 *
 * Makes a bundle of @aios_id's trajecten.
 *
 * Returns: whether the aios is one the person may export
 */
gboolean
opl_export_page_select_aios (OplExportPage *self,
                             const char    *aios_id)
{
  guint index;

  g_return_val_if_fail (OPL_IS_EXPORT_PAGE (self), FALSE);

  if (self->aios_ids == NULL ||
      !g_ptr_array_find_with_equal_func (self->aios_ids, aios_id, g_str_equal, &index))
    return FALSE;

  adw_combo_row_set_selected (self->aios_row, index);
  return TRUE;
}

/* For the tests (opl-export-page-private.h) */

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

GtkCheckButton *
opl_export_page_get_section_check (OplExportPage     *self,
                                   OplExportSections  section)
{
  for (guint i = 0; i < G_N_ELEMENTS (section_choices); i++)
    if (section_choices[i].section == section)
      return self->section_checks[i];

  return NULL;
}

GtkCheckButton *
opl_export_page_get_format_check (OplExportPage    *self,
                                  OplExportFormats  format)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_choices); i++)
    if (format_choices[i].format == format)
      return self->format_checks[i];

  return NULL;
}

void
opl_export_page_set_folder (OplExportPage *self,
                            gboolean       folder)
{
  adw_combo_row_set_selected (self->container_row, folder ? 1 : 0);
}

void
opl_export_page_set_year (OplExportPage *self,
                          int            year)
{
  guint index;

  if (g_array_binary_search (self->years, &year, compare_ints, &index))
    adw_combo_row_set_selected (self->year_row, index);
}

/* What Save does once the chooser has answered. */
void
opl_export_page_save_to (OplExportPage *self,
                         GFile         *target)
{
  g_autofree char *path = g_file_get_path (target);

  start_write (self, path, !wants_folder (self), PURPOSE_SAVE);
}

/* What Print prints, to a PDF file instead of a printer. */
gboolean
opl_export_page_print_to_file (OplExportPage  *self,
                               const char     *path,
                               GError        **error)
{
  g_autoptr(OplExportBundle) bundle = create_bundle (self, error);
  g_autoptr(GtkPrintOperation) operation = NULL;

  if (bundle == NULL || (operation = opl_export_print_new (bundle, error)) == NULL)
    return FALSE;

  gtk_print_operation_set_allow_async (operation, FALSE);
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, error)
         != GTK_PRINT_OPERATION_RESULT_ERROR;
}

gboolean
opl_export_page_is_busy (OplExportPage *self)
{
  return self->busy;
}

gboolean
opl_export_page_is_previewing (OplExportPage *self)
{
  return self->previewing;
}

guint
opl_export_page_get_preview_page (OplExportPage *self)
{
  return self->preview_page;
}

guint
opl_export_page_get_preview_n_pages (OplExportPage *self)
{
  return self->preview != NULL ? self->preview->n_pages : 0;
}

GdkPaintable *
opl_export_page_get_preview (OplExportPage *self)
{
  return gtk_picture_get_paintable (self->preview_picture);
}

const char *
opl_export_page_get_last_message (OplExportPage *self)
{
  return self->last_message;
}

const char *
opl_export_page_get_mail_file (OplExportPage *self)
{
  return self->mail_file;
}

AdwMessageDialog *
opl_export_page_get_dialog (OplExportPage *self)
{
  return self->dialog;
}
