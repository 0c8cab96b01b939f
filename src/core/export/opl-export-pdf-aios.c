/* opl-export-pdf-aios.c: the aios's documents of an export bundle.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One document per traject: its overview with the due moments, its forms, its
 * leergesprekken, its KPB/KVB and its diensten.
 */

#define G_LOG_DOMAIN "opl-export-pdf"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-export-pdf-private.h"
#include "opl-form-definition.h"
#include "opl-logbook.h"
#include "opl-planner.h"

static void
add_moments_table (Builder        *builder,
                   OplPdfDocument *document,
                   JsonObject     *traject)
{
  const char *headers[] = { _("Moment"), _("Training month"), _("Due"), _("Who"), _("State"), _("Done on") };
  static const double widths[] = { 0.25, 0.09, 0.19, 0.22, 0.11, 0.14 };
  g_autoptr(GPtrArray) moments = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_MOMENTS, "traject_id",
                                                           opl_export_record_get_string (traject, "id"));
  g_autoptr(GPtrArray) done = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_MOMENTS_DONE, "traject_id",
                                                        opl_export_record_get_string (traject, "id"));
  guint counts[OPL_MOMENT_STATE_DONE + 1] = { 0 };

  opl_pdf_document_add_heading (document, _("Due Moments"));
  if (moments->len == 0)
    {
      opl_export_pdf_add_empty_note (document, _("This traject has no due moments in the export."));
      return;
    }

  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < moments->len; i++)
    {
      JsonObject *moment = g_ptr_array_index (moments, i);
      JsonArray *who = opl_export_record_get_array (moment, "who");
      g_autoptr(GStrvBuilder) words = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;
      g_autofree char *who_text = NULL;
      g_autofree char *due = opl_export_pdf_format_record_date (moment, "due");
      g_autofree char *done_on = opl_export_pdf_format_record_date (moment, "done_on");
      g_autofree char *month = g_strdup_printf ("%" G_GINT64_FORMAT, opl_export_record_get_int (moment, "month", 0));
      OplMomentKind kind;
      OplMomentState state;
      const char *color = NULL;
      g_autofree char *kind_cell = NULL;
      g_autofree char *state_cell = NULL;
      g_autofree char *due_cell = NULL;
      g_autofree char *who_cell = NULL;
      g_autofree char *done_cell = NULL;
      const char *cells[6];

      for (guint w = 0; who != NULL && w < json_array_get_length (who); w++)
        g_strv_builder_add (words, opl_export_pdf_who_label (json_array_get_string_element (who, w)));
      strv = g_strv_builder_end (words);
      who_text = g_strjoinv (", ", strv);

      if (!opl_export_pdf_moment_kind_from_string (opl_export_record_get_string (moment, "kind"), &kind) ||
          !opl_export_pdf_moment_state_from_string (opl_export_record_get_string (moment, "state"), &state))
        continue;

      counts[state]++;
      if (state == OPL_MOMENT_STATE_OVERDUE)
        color = MARKUP_ERROR;
      else if (state == OPL_MOMENT_STATE_DONE)
        color = MARKUP_SUCCESS;

      kind_cell = g_markup_escape_text (opl_moment_kind_get_label (kind), -1);
      due_cell = g_markup_escape_text (due, -1);
      who_cell = g_markup_escape_text (who_text, -1);
      done_cell = g_markup_escape_text (done_on, -1);
      if (color != NULL)
        state_cell = g_markup_printf_escaped ("<span foreground=\"%s\" weight=\"bold\">%s</span>", color,
                                              opl_moment_state_get_label (state));
      else
        state_cell = g_markup_escape_text (opl_moment_state_get_label (state), -1);

      cells[0] = kind_cell;
      cells[1] = month;
      cells[2] = due_cell;
      cells[3] = who_cell;
      cells[4] = state_cell;
      cells[5] = done_cell;
      opl_pdf_document_add_row_markup (document, cells);
    }
  opl_pdf_document_end_table (document);

  {
    /* Translators: a summary of the due moments of a traject */
    g_autofree char *summary = g_strdup_printf (_("%u done, %u overdue, %u due, %u upcoming."),
                                                counts[OPL_MOMENT_STATE_DONE], counts[OPL_MOMENT_STATE_OVERDUE],
                                                counts[OPL_MOMENT_STATE_DUE], counts[OPL_MOMENT_STATE_UPCOMING]);

    opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_SMALL, summary);
  }

  /* Notes of moments recorded as done by hand. */
  for (guint i = 0; i < done->len; i++)
    {
      JsonObject *record = g_ptr_array_index (done, i);
      const char *note = opl_export_record_get_string (record, "note");
      g_autofree char *when = opl_export_pdf_format_record_date (record, "done_on");
      OplMomentKind kind;
      g_autofree char *markup = NULL;

      if (note == NULL || *note == '\0' || !opl_export_pdf_moment_kind_from_string (opl_export_record_get_string (record, "kind"), &kind))
        continue;

      /* Translators: a note on a moment done: “ComBel, month 3, 1 October 2026: <note>” */
      markup = g_markup_printf_escaped (_("<b>%s, training month %d, %s:</b> %s"), opl_moment_kind_get_label (kind),
                                        (int) opl_export_record_get_int (record, "month", 0), when, note);
      opl_pdf_document_add_paragraph_markup (document, OPL_PDF_STYLE_SMALL, markup);
    }
}

void
opl_export_pdf_build_traject (Builder    *builder,
                              JsonObject *traject)
{
  const char *aios = opl_export_pdf_person_name (builder, opl_export_record_get_string (traject, "aios_id"));
  gint64 phase = opl_export_record_get_int (traject, "phase", 1);
  g_autofree char *slug = opl_export_pdf_slugify (aios);
  g_autofree char *stem = g_strdup_printf ("traject-%s-fase-%d", slug != NULL ? slug : "aios", (int) phase);
  /* Translators: the title of a traject's overview: “Traject of Charlotte Bakker” */
  g_autofree char *title = g_strdup_printf (_("Traject of %s"), aios);
  g_autofree char *declared = opl_export_pdf_format_record_date (traject, "bekwaamheidsverklaring_on");
  OplPdfDocument *document = opl_export_pdf_add_document (builder, title, title, stem);

  opl_pdf_document_add_title (document, title, opl_export_pdf_format_phase (phase));
  opl_export_pdf_add_traject_facts (builder, document, traject);
  opl_export_pdf_add_slot_fact (document, traject);
  if (*declared != '\0')
    opl_pdf_document_add_fact (document, _("Bekwaamheidsverklaring"), declared);
  opl_export_pdf_add_part_of_export (builder, document);

  if (opl_export_bundle_get_sections (builder->bundle) & OPL_EXPORT_SECTION_MOMENTS)
    add_moments_table (builder, document, traject);
}

/* Forms */

static guint
form_version (Builder    *builder,
              JsonObject *form)
{
  guint version = 1;

  for (const char *previous = opl_export_record_get_string (form, "supersedes");
       previous != NULL && version < 100;
       version++)
    {
      JsonObject *older = opl_export_bundle_lookup (builder->bundle, OPL_EXPORT_FORMS, previous);

      previous = older != NULL ? opl_export_record_get_string (older, "supersedes") : NULL;
    }

  return version;
}

static gboolean
is_superseded (GPtrArray  *forms,
               JsonObject *form)
{
  const char *id = opl_export_record_get_string (form, "id");

  for (guint i = 0; i < forms->len; i++)
    if (g_strcmp0 (opl_export_record_get_string (g_ptr_array_index (forms, i), "supersedes"), id) == 0)
      return TRUE;

  return FALSE;
}

static char *
form_state_text (Builder    *builder,
                 JsonObject *form)
{
  const char *state = opl_export_record_get_string (form, "state");
  g_autofree char *finalized = opl_export_pdf_format_record_date (form, "finalized_on");
  g_autofree char *discussed = opl_export_pdf_format_record_date (form, "discussed_on");
  const char *by = opl_export_pdf_person_name (builder, opl_export_record_get_string (form, "finalized_by") != NULL
                                               ? opl_export_record_get_string (form, "finalized_by")
                                               : opl_export_record_get_string (form, "author_id"));

  if (g_strcmp0 (state, "final") == 0)
    /* Translators: a form's state: “Final: signed off by Anna de Vries on 1 July 2026” */
    return g_strdup_printf (_("Final: signed off by %s on %s"), by, finalized);
  if (g_strcmp0 (state, "discussed") == 0)
    /* Translators: a form's state: “Discussed on 8 July 2026 (signed off by Anna de Vries on 1 July 2026)” */
    return g_strdup_printf (_("Discussed on %s (signed off by %s on %s)"), discussed, by, finalized);
  return g_strdup (_("Draft: not signed off"));
}

static char *
answer_text (const OplFormItem *item,
             const char        *value)
{
  const OplFormScaleOption *option;

  if (value == NULL)
    return NULL;

  if (item->type == OPL_FORM_ITEM_SCALE && item->scale != NULL &&
      (option = opl_form_scale_lookup_option (item->scale, value)) != NULL)
    return g_strdup (option->label);

  return g_strdup (value);
}

static void
add_form_facts (Builder           *builder,
                OplPdfDocument    *document,
                JsonObject        *form,
                JsonObject        *traject,
                OplFormDefinition *definition,
                GPtrArray         *forms)
{
  const char *author_id = opl_export_record_get_string (form, "author_id");
  const char *subject_id = opl_export_record_get_string (form, "subject_id");
  const char *aios_id = traject != NULL ? opl_export_record_get_string (traject, "aios_id") : NULL;
  const char *supersedes = opl_export_record_get_string (form, "supersedes");
  gint64 month = opl_export_record_get_int (form, "moment_month", 0);
  g_autofree char *date = opl_export_pdf_format_record_date (form, "form_date");
  g_autofree char *state = form_state_text (builder, form);
  g_autofree char *author = NULL;
  g_autofree char *definition_text = NULL;
  OplFormRole role = OPL_FORM_ROLE_AIOS;

  opl_form_role_from_string (opl_export_record_get_string (form, "author_role"), &role);

  if (traject != NULL)
    {
      g_autofree char *aios = g_strdup_printf ("%s (%s)", opl_export_pdf_person_name (builder, aios_id),
                                               opl_export_pdf_format_phase (opl_export_record_get_int (traject, "phase", 1)));

      opl_pdf_document_add_fact (document, _("Aios"), aios);
    }

  /* Translators: who filled a form and as whom: “Anna de Vries (opleider)” */
  author = g_strdup_printf (_("%s (%s)"), opl_export_pdf_person_name (builder, author_id), opl_form_role_get_label (role));
  opl_pdf_document_add_fact (document, _("Filled in by"), author);
  if (subject_id != NULL && g_strcmp0 (subject_id, aios_id) != 0)
    opl_pdf_document_add_fact (document, _("About"), g_strcmp0 (subject_id, author_id) == 0
                                                       ? _("Self-evaluation") : opl_export_pdf_person_name (builder, subject_id));
  if (month > 0)
    {
      /* Translators: the moment a form belongs to: “Month 3 of the training year” */
      g_autofree char *moment = g_strdup_printf (_("Month %d of the training year"), (int) month);

      opl_pdf_document_add_fact (document, _("Moment"), moment);
    }
  opl_pdf_document_add_fact (document, _("Date"), date);
  opl_pdf_document_add_fact (document, _("State"), state);

  if (supersedes != NULL || is_superseded (forms, form))
    {
      /* Translators: a form's version; the %s says whether a newer one exists */
      g_autofree char *version = g_strdup_printf (_("%u%s"), form_version (builder, form),
                                                  is_superseded (forms, form) ? _(", replaced by a newer version") : "");

      opl_pdf_document_add_fact (document, _("Version"), version);
    }

  /* Translators: the definition a form was filled against: “combel, version 1” */
  definition_text = g_strdup_printf (_("%s, version %d%s"),
                                     opl_form_definition_get_id (definition),
                                     opl_form_definition_get_version (definition),
                                     opl_form_definition_is_official (definition)
                                       ? "" : _(" (editable, not the official item text)"));
  opl_pdf_document_add_fact (document, _("Form definition"), definition_text);
}

static void
add_form_section (OplPdfDocument       *document,
                  const OplFormSection *section,
                  GHashTable           *answers,
                  guint                *n_answered,
                  guint                *n_items)
{
  const char *headers[] = { _("Item"), _("Answer"), _("Note") };
  static const double widths[] = { 0.50, 0.21, 0.29 };
  const char *gebied = section->competentiegebied != NULL
                         ? opl_competentiegebied_get_label (section->competentiegebied) : NULL;

  opl_pdf_document_add_heading (document, section->title);
  if (gebied != NULL && g_ascii_strcasecmp (gebied, section->title) != 0)
    {
      /* Translators: the competentiegebied a section of a form assesses */
      g_autofree char *text = g_strdup_printf (_("Competentiegebied: %s"), gebied);

      opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_DIM, text);
    }
  if (section->help != NULL && *section->help != '\0')
    opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_DIM, section->help);

  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < section->n_items; i++)
    {
      const OplFormItem *item = &section->items[i];
      JsonObject *answer = g_hash_table_lookup (answers, item->id);
      const char *value = answer != NULL ? opl_export_record_get_string (answer, "value") : NULL;
      const char *note = answer != NULL ? opl_export_record_get_string (answer, "note") : NULL;
      g_autofree char *text = answer_text (item, value);
      g_autofree char *item_cell = g_markup_escape_text (item->text, -1);
      g_autofree char *answer_cell = NULL;
      g_autofree char *note_cell = g_markup_escape_text (note != NULL ? note : "", -1);

      (*n_items)++;
      if (text != NULL)
        {
          (*n_answered)++;
          answer_cell = item->type == OPL_FORM_ITEM_TEXT ? g_markup_escape_text (text, -1)
                                                          : g_markup_printf_escaped ("<b>%s</b>", text);
        }
      else
        answer_cell = g_markup_printf_escaped ("<span foreground=\"" MARKUP_DIM "\">%s</span>", _("not answered"));

      if (item->type == OPL_FORM_ITEM_TEXT)
        {
          /* A written answer takes the answer and note columns; a note follows it. */
          const guint spans[] = { 1, 2 };
          g_autofree char *both = note != NULL && *note != '\0'
                                    ? g_strdup_printf ("%s\n<i>%s</i>", answer_cell, note_cell)
                                    : g_strdup (answer_cell);
          const char *cells[] = { item_cell, both };

          opl_pdf_document_add_row_spans (document, 0, 2, cells, spans);
        }
      else
        {
          const char *cells[] = { item_cell, answer_cell, note_cell };

          opl_pdf_document_add_row_markup (document, cells);
        }
    }
  opl_pdf_document_end_table (document);
}

/* “Onvoldoende: 2 · Voldoende: 15 · Goed: 5” over the scale items answered. */
static char *
count_scale_answers (OplFormDefinition *definition,
                     OplFormRole        role,
                     GHashTable        *answers)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint s = 0; s < opl_form_definition_get_n_scales (definition); s++)
    {
      const OplFormScale *scale = opl_form_definition_get_scale (definition, s);

      for (guint o = 0; o < scale->n_options; o++)
        {
          guint count = 0;

          for (guint i = 0; i < opl_form_definition_get_n_sections (definition); i++)
            {
              const OplFormSection *section = opl_form_definition_get_section (definition, i);

              if (!opl_form_section_applies_to (section, role))
                continue;
              for (guint j = 0; j < section->n_items; j++)
                {
                  JsonObject *answer = g_hash_table_lookup (answers, section->items[j].id);

                  if (section->items[j].scale == scale && answer != NULL &&
                      g_strcmp0 (opl_export_record_get_string (answer, "value"), scale->options[o].value) == 0)
                    count++;
                }
            }

          if (count > 0)
            g_string_append_printf (text, "%s%s: %u", text->len > 0 ? " · " : "", scale->options[o].label, count);
        }
    }

  return text->len > 0 ? g_strdup (text->str) : NULL;
}

static char *
form_stem (Builder    *builder,
           JsonObject *form,
           JsonObject *traject,
           guint       version)
{
  const char *author_id = opl_export_record_get_string (form, "author_id");
  const char *subject_id = opl_export_record_get_string (form, "subject_id");
  const char *aios_id = traject != NULL ? opl_export_record_get_string (traject, "aios_id") : NULL;
  g_autofree char *author = opl_export_pdf_slugify (opl_export_pdf_person_name (builder, author_id));
  g_autoptr(GString) stem = g_string_new (opl_export_record_get_string (form, "kind"));
  gint64 month = opl_export_record_get_int (form, "moment_month", 0);

  if (month > 0)
    g_string_append_printf (stem, "-m%d", (int) month);
  g_string_append_printf (stem, "-%s", opl_export_record_get_string (form, "author_role"));
  if (author != NULL)
    g_string_append_printf (stem, "-%s", author);
  if (subject_id != NULL && g_strcmp0 (subject_id, aios_id) != 0 && g_strcmp0 (subject_id, author_id) != 0)
    {
      g_autofree char *subject = opl_export_pdf_slugify (opl_export_pdf_person_name (builder, subject_id));

      if (subject != NULL)
        g_string_append_printf (stem, "-over-%s", subject);
    }
  if (version > 1)
    g_string_append_printf (stem, "-v%u", version);

  return g_strdup (stem->str);
}

static gboolean
build_form (Builder    *builder,
            JsonObject *form,
            JsonObject *traject,
            GPtrArray  *forms,
            GError    **error)
{
  const char *definition_id = opl_export_record_get_string (form, "definition_id");
  int definition_version = (int) opl_export_record_get_int (form, "definition_version", 0);
  OplFormDefinition *definition = opl_export_bundle_get_form_definition (builder->bundle, definition_id,
                                                                        definition_version);
  JsonArray *answer_list = opl_export_record_get_array (form, "answers");
  g_autoptr(GHashTable) answers = g_hash_table_new (g_str_hash, g_str_equal);
  OplFormRole role = OPL_FORM_ROLE_AIOS;
  OplFormKind kind;
  g_autofree char *subtitle = NULL;
  g_autofree char *header = NULL;
  g_autofree char *stem = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *summary = NULL;
  OplPdfDocument *document;
  const char *aios_name;
  guint n_answered = 0, n_items = 0;
  gint64 month = opl_export_record_get_int (form, "moment_month", 0);

  if (definition == NULL)
    {
      /* The bundle's validation makes this unreachable for a bundle that passed it. */
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID,
                   _("The form %s names definition “%s” version %d, which is not in the export"),
                   opl_export_record_get_string (form, "id"), definition_id, definition_version);
      return FALSE;
    }

  opl_form_role_from_string (opl_export_record_get_string (form, "author_role"), &role);
  kind = opl_form_definition_get_kind (definition);
  aios_name = traject != NULL ? opl_export_pdf_person_name (builder, opl_export_record_get_string (traject, "aios_id")) : "";

  for (guint i = 0; answer_list != NULL && i < json_array_get_length (answer_list); i++)
    {
      JsonObject *answer = json_array_get_object_element (answer_list, i);
      const char *item_id = opl_export_record_get_string (answer, "item_id");

      if (item_id != NULL)
        g_hash_table_insert (answers, (gpointer) item_id, answer);
    }

  if (month > 0)
    /* Translators: under a form's title: who filled it, and the moment: “Zelfbeoordeling · month 3” */
    subtitle = g_strdup_printf (_("%s · month %d"), opl_form_filler_get_label (definition, kind, role), (int) month);
  else
    subtitle = g_strdup (opl_form_filler_get_label (definition, kind, role));
  /* Translators: the header of a form's pages: the form and the aios: “ComBel · Charlotte Bakker” */
  header = g_strdup_printf (_("%s · %s"), opl_form_kind_get_label (kind), aios_name);
  stem = form_stem (builder, form, traject, form_version (builder, form));

  document = opl_export_pdf_add_document (builder, opl_form_definition_get_title (definition), header, stem);
  opl_pdf_document_add_title (document, opl_form_definition_get_title (definition), subtitle);
  add_form_facts (builder, document, form, traject, definition, forms);
  opl_export_pdf_add_part_of_export (builder, document);

  for (guint i = 0; i < opl_form_definition_get_n_sections (definition); i++)
    {
      const OplFormSection *section = opl_form_definition_get_section (definition, i);

      if (opl_form_section_applies_to (section, role))
        add_form_section (document, section, answers, &n_answered, &n_items);
    }

  opl_pdf_document_add_heading (document, _("Summary"));
  /* Translators: how much of a form was filled in: “22 of 22 items answered” */
  summary = g_strdup_printf (_("%u of %u items answered"), n_answered, n_items);
  opl_pdf_document_add_fact (document, _("Answered"), summary);
  counts = count_scale_answers (definition, role, answers);
  if (counts != NULL)
    opl_pdf_document_add_fact (document, _("Answers"), counts);
  if (opl_form_definition_get_description (definition) != NULL)
    opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_DIM, opl_form_definition_get_description (definition));

  return TRUE;
}

static int
form_order (JsonObject *form)
{
  OplFormKind kind = OPL_FORM_KIND_COMBEL;
  OplFormRole role = OPL_FORM_ROLE_AIOS;

  opl_form_kind_from_string (opl_export_record_get_string (form, "kind"), &kind);
  opl_form_role_from_string (opl_export_record_get_string (form, "author_role"), &role);
  return (int) opl_export_record_get_int (form, "moment_month", 0) * 100 + (int) kind * 10 + (int) role;
}

static int
compare_forms (gconstpointer a,
               gconstpointer b)
{
  JsonObject *fa = *(JsonObject **) a;
  JsonObject *fb = *(JsonObject **) b;
  int cmp = form_order (fa) - form_order (fb);

  if (cmp == 0)
    cmp = g_strcmp0 (opl_export_record_get_string (fa, "form_date"), opl_export_record_get_string (fb, "form_date"));
  return cmp;
}

gboolean
opl_export_pdf_build_forms (Builder    *builder,
                            JsonObject *traject,
                            GError    **error)
{
  g_autoptr(GPtrArray) forms = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_FORMS, "traject_id",
                                                         opl_export_record_get_string (traject, "id"));

  g_ptr_array_sort (forms, compare_forms);
  for (guint i = 0; i < forms->len; i++)
    if (!build_form (builder, g_ptr_array_index (forms, i), traject, forms, error))
      return FALSE;

  return TRUE;
}

/* Leergesprekken */

static void
append_text_part (GString    *markup,
                  const char *label,
                  const char *text)
{
  g_autofree char *part = NULL;

  if (text == NULL || *text == '\0')
    return;

  part = g_markup_printf_escaped ("<span foreground=\"" MARKUP_DIM "\" weight=\"bold\">%s</span>  %s", label, text);
  if (markup->len > 0)
    g_string_append_c (markup, '\n');
  g_string_append (markup, part);
}

static const char *
leergesprek_status_label (const char *status)
{
  if (g_strcmp0 (status, "held") == 0)
    return C_("leergesprek", "Held");
  if (g_strcmp0 (status, "cancelled") == 0)
    return C_("leergesprek", "Cancelled");
  return C_("leergesprek", "Planned");
}

void
opl_export_pdf_build_leergesprekken (Builder    *builder,
                                     JsonObject *traject)
{
  const char *headers[] = { _("Date"), _("Time"), _("Kind"), _("Held by"), _("Status") };
  static const double widths[] = { 0.21, 0.14, 0.27, 0.23, 0.15 };
  g_autoptr(GPtrArray) list = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_LEERGESPREKKEN, "traject_id",
                                                        opl_export_record_get_string (traject, "id"));
  const char *aios = opl_export_pdf_person_name (builder, opl_export_record_get_string (traject, "aios_id"));
  OplPhase phase = opl_export_record_get_int (traject, "phase", 1) == 2 ? OPL_PHASE_II : OPL_PHASE_I;
  g_autofree char *slug = opl_export_pdf_slugify (aios);
  g_autofree char *stem = g_strdup_printf ("leergesprekken-%s-fase-%d", slug != NULL ? slug : "aios", (int) phase);
  /* Translators: the title of the list of an aios's leergesprekken: “Leergesprekken of Charlotte Bakker” */
  g_autofree char *title = g_strdup_printf (_("Leergesprekken of %s"), aios);
  g_autofree char *summary = NULL;
  guint held = 0, cancelled = 0, planned = 0;
  OplPdfDocument *document = opl_export_pdf_add_document (builder, title, title, stem);

  opl_pdf_document_add_title (document, title, opl_export_pdf_format_phase (phase));
  opl_export_pdf_add_part_of_export (builder, document);

  for (guint i = 0; i < list->len; i++)
    {
      const char *status = opl_export_record_get_string (g_ptr_array_index (list, i), "status");

      if (g_strcmp0 (status, "held") == 0)
        held++;
      else if (g_strcmp0 (status, "cancelled") == 0)
        cancelled++;
      else
        planned++;
    }
  /* Translators: a summary of leergesprekken */
  summary = g_strdup_printf (_("%u held, %u cancelled, %u planned."), held, cancelled, planned);
  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_BODY, summary);

  if (list->len == 0)
    {
      opl_export_pdf_add_empty_note (document, _("No leergesprekken in the export for this traject."));
      return;
    }

  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < list->len; i++)
    {
      JsonObject *record = g_ptr_array_index (list, i);
      g_autofree char *date = opl_export_pdf_format_record_date (record, "date");
      g_autofree char *time = opl_export_pdf_format_time_range (opl_export_record_get_int (record, "start_minute", 0),
                                                                opl_export_record_get_int (record, "duration", 60));
      const char *opleider_id = opl_export_record_get_string (record, "opleider_id");
      OplLeergesprekKind kind;
      const char *kind_label = opl_leergesprek_kind_from_string (opl_export_record_get_string (record, "kind"), &kind)
                                 ? opl_leergesprek_kind_get_label (kind, phase) : "";
      const char *status = opl_export_record_get_string (record, "status");
      const char *cells[] = { date, time, kind_label, opleider_id != NULL ? opl_export_pdf_person_name (builder, opleider_id) : "",
                              leergesprek_status_label (status) };
      g_autoptr(GString) details = g_string_new (NULL);

      opl_pdf_document_add_row (document, cells);

      append_text_part (details, _("Agenda"), opl_export_record_get_string (record, "agenda"));
      append_text_part (details, _("Notes"), opl_export_record_get_string (record, "notes"));
      append_text_part (details, _("Agreements"), opl_export_record_get_string (record, "agreements"));
      append_text_part (details, _("Top"), opl_export_record_get_string (record, "top"));
      append_text_part (details, _("Tip"), opl_export_record_get_string (record, "tip"));
      append_text_part (details, _("Reason for cancelling"), opl_export_record_get_string (record, "cancel_reason"));
      if (details->len > 0)
        opl_pdf_document_add_details_row (document, 1, details->str);
    }
  opl_pdf_document_end_table (document);
}

/* KPB/KVB */

static const char *
kpb_score_label (Builder    *builder,
                 JsonObject *entry)
{
  const char *score = opl_export_record_get_string (entry, "score");
  OplFormDefinition *definition = opl_export_bundle_get_form_definition (builder->bundle,
                                                                        opl_export_record_get_string (entry, "definition_id"),
                                                                        (int) opl_export_record_get_int (entry, "definition_version", 0));
  const OplFormItem *item = definition != NULL ? opl_form_definition_lookup_item (definition, "score", NULL) : NULL;
  const OplFormScaleOption *option = item != NULL && item->scale != NULL
                                       ? opl_form_scale_lookup_option (item->scale, score) : NULL;

  return option != NULL ? option->label : (score != NULL ? score : "");
}

void
opl_export_pdf_build_kpb (Builder    *builder,
                          JsonObject *traject)
{
  const char *headers[] = { _("Date"), _("Kind"), _("Topic"), _("Competentiegebied"), _("Score"), _("Observed by") };
  static const double widths[] = { 0.165, 0.07, 0.265, 0.18, 0.17, 0.15 };
  g_autoptr(GPtrArray) entries = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_KPB_ENTRIES, "traject_id",
                                                           opl_export_record_get_string (traject, "id"));
  const char *aios = opl_export_pdf_person_name (builder, opl_export_record_get_string (traject, "aios_id"));
  gint64 phase = opl_export_record_get_int (traject, "phase", 1);
  g_autofree char *slug = opl_export_pdf_slugify (aios);
  g_autofree char *stem = g_strdup_printf ("kpb-kvb-%s-fase-%d", slug != NULL ? slug : "aios", (int) phase);
  /* Translators: the title of an aios's KPB/KVB list: “KPB and KVB of Charlotte Bakker” */
  g_autofree char *title = g_strdup_printf (_("KPB and KVB of %s"), aios);
  g_autofree char *counts = NULL;
  guint n_kpb = 0, n_kvb = 0;
  OplPdfDocument *document = opl_export_pdf_add_document (builder, title, title, stem);

  opl_pdf_document_add_title (document, title, opl_export_pdf_format_phase (phase));
  for (guint i = 0; i < entries->len; i++)
    {
      if (g_strcmp0 (opl_export_record_get_string (g_ptr_array_index (entries, i), "kind"), "kvb") == 0)
        n_kvb++;
      else
        n_kpb++;
    }
  /* Translators: counts of KPB and KVB against the pace: “12 KPB and 3 KVB (about 40 a year)” */
  counts = g_strdup_printf (_("%u KPB and %u KVB (about %d a year)"), n_kpb, n_kvb, OPL_KPB_PER_YEAR);
  opl_pdf_document_add_fact (document, _("Recorded"), counts);
  opl_export_pdf_add_part_of_export (builder, document);

  if (entries->len == 0)
    {
      opl_export_pdf_add_empty_note (document, _("No KPB or KVB in the export for this traject."));
      return;
    }

  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < entries->len; i++)
    {
      JsonObject *entry = g_ptr_array_index (entries, i);
      g_autofree char *date = opl_export_pdf_format_record_date (entry, "entry_date");
      const char *kind = opl_export_record_get_string (entry, "kind");
      const char *gebied = opl_competentiegebied_get_label (opl_export_record_get_string (entry, "competentiegebied"));
      const char *assessor_id = opl_export_record_get_string (entry, "assessor_id");
      const char *feedback = opl_export_record_get_string (entry, "feedback");
      const char *cells[] = {
        date, g_strcmp0 (kind, "kvb") == 0 ? _("KVB") : _("KPB"),
        opl_export_record_get_string (entry, "topic"),
        gebied != NULL ? gebied : opl_export_record_get_string (entry, "competentiegebied"),
        kpb_score_label (builder, entry),
        assessor_id != NULL ? opl_export_pdf_person_name (builder, assessor_id) : "",
      };

      opl_pdf_document_add_row (document, cells);
      if (feedback != NULL && *feedback != '\0')
        {
          g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"" MARKUP_DIM "\" weight=\"bold\">%s</span>  %s",
                                                             _("Feedback"), feedback);

          opl_pdf_document_add_details_row (document, 1, markup);
        }
    }
  opl_pdf_document_end_table (document);
}

/* Diensten */

void
opl_export_pdf_build_diensten (Builder    *builder,
                               JsonObject *traject)
{
  const char *headers[] = { _("Date"), _("Kind"), _("With"), _("At a distance"), _("Note") };
  static const double widths[] = { 0.20, 0.13, 0.24, 0.14, 0.29 };
  g_autoptr(GPtrArray) diensten = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_DIENSTEN, "traject_id",
                                                            opl_export_record_get_string (traject, "id"));
  const char *aios = opl_export_pdf_person_name (builder, opl_export_record_get_string (traject, "aios_id"));
  gint64 phase = opl_export_record_get_int (traject, "phase", 1);
  g_autofree char *slug = opl_export_pdf_slugify (aios);
  g_autofree char *stem = g_strdup_printf ("diensten-%s-fase-%d", slug != NULL ? slug : "aios", (int) phase);
  /* Translators: the title of an aios's diensten: “Diensten of Charlotte Bakker” */
  g_autofree char *title = g_strdup_printf (_("Diensten of %s"), aios);
  g_autofree char *declared = opl_export_pdf_format_record_date (traject, "bekwaamheidsverklaring_on");
  g_autofree char *counts = NULL;
  g_autofree char *distance = NULL;
  guint n_distance = 0, n_nights = 0, n_counted = 0;
  OplPdfDocument *document = opl_export_pdf_add_document (builder, title, title, stem);

  opl_pdf_document_add_title (document, title, opl_export_pdf_format_phase (phase));
  for (guint i = 0; i < diensten->len; i++)
    {
      JsonObject *dienst = g_ptr_array_index (diensten, i);
      OplDienst counted = {
        .with_person_id = (char *) opl_export_record_get_string (dienst, "with_person_id"),
        .with_name = (char *) opl_export_record_get_string (dienst, "with_name"),
        .at_distance = opl_export_record_get_boolean (dienst, "at_distance"),
      };

      /* Seed 001: only those with the opleider (or the substitute at the same post). */
      if (opl_dienst_counts_towards_year (&counted))
        n_counted++;
      if (counted.at_distance)
        {
          n_distance++;
          if (g_strcmp0 (opl_export_record_get_string (dienst, "kind"), "nacht") == 0)
            n_nights++;
        }
    }
  /* Translators: a count of diensten against the pace: “12 (at least 20 a year)” */
  counts = g_strdup_printf (_("%u (at least %d a year)"), n_counted, OPL_DIENSTEN_PER_YEAR);
  opl_pdf_document_add_fact (document, _("Diensten"), counts);
  if (n_counted < diensten->len)
    {
      g_autofree char *others = g_strdup_printf ("%u", diensten->len - n_counted);

      /* Translators: a fact of the diensten: how many are at a distance or with someone else */
      opl_pdf_document_add_fact (document, _("Not counted (at a distance or with someone else)"), others);
    }
  if (*declared != '\0')
    opl_pdf_document_add_fact (document, _("Bekwaamheidsverklaring"), declared);
  if (phase == OPL_PHASE_II)
    {
      /* Translators: diensten under supervision at a distance: “5, of which 1 night (5 to 8, preferably 2 nights)” */
      distance = g_strdup_printf (_("%u, of which %u at night (%d to %d, preferably %d nights)"), n_distance, n_nights,
                                  OPL_DISTANCE_DIENSTEN_MIN, OPL_DISTANCE_DIENSTEN_MAX, OPL_DISTANCE_NIGHTS_PREFERRED);
      opl_pdf_document_add_fact (document, _("At a distance"), distance);
    }
  opl_export_pdf_add_part_of_export (builder, document);

  if (diensten->len == 0)
    {
      opl_export_pdf_add_empty_note (document, _("No diensten in the export for this traject."));
      return;
    }

  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < diensten->len; i++)
    {
      JsonObject *dienst = g_ptr_array_index (diensten, i);
      g_autofree char *date = opl_export_pdf_format_record_date (dienst, "dienst_date");
      OplDienstKind kind;
      const char *kind_text = opl_dienst_kind_from_string (opl_export_record_get_string (dienst, "kind"), &kind)
                                ? opl_dienst_kind_get_label (kind) : "";
      const char *with_id = opl_export_record_get_string (dienst, "with_person_id");
      const char *with_name = opl_export_record_get_string (dienst, "with_name");
      const char *note = opl_export_record_get_string (dienst, "note");
      const char *cells[] = {
        date, kind_text,
        with_id != NULL ? opl_export_pdf_person_name (builder, with_id) : (with_name != NULL ? with_name : ""),
        opl_export_record_get_boolean (dienst, "at_distance") ? _("yes") : _("no"),
        note != NULL ? note : "",
      };

      opl_pdf_document_add_row (document, cells);
    }
  opl_pdf_document_end_table (document);
}
