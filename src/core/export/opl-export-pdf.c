/* opl-export-pdf.c: the PDFs of an export bundle for the institute (issue 7).
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every document is built from the bundle's records (docs/export-schema.md). The
 * contents document is built last, when the others know their pages, and comes first.
 */

#define G_LOG_DOMAIN "opl-export-pdf"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-export-pdf.h"
#include "opl-form-definition.h"
#include "opl-institute.h"
#include "opl-logbook.h"
#include "opl-planner.h"
#include "opl-schedule.h"
#include "opl-scholing.h"

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

static void
builder_clear (Builder *builder)
{
  g_clear_pointer (&builder->documents, g_ptr_array_unref);
  g_clear_pointer (&builder->practice, g_free);
  g_clear_pointer (&builder->exported_on, g_free);
  g_clear_pointer (&builder->exporter, g_free);
  g_clear_pointer (&builder->created, g_date_time_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Builder, builder_clear)

/* Words */

static char *
format_gdate (const GDate *date)
{
  g_autoptr(GDateTime) date_time = NULL;

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");

  date_time = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date), g_date_get_day (date),
                                   12, 0, 0);
  /* Translators: a full date, see g_date_time_format(); “1 July 2026” */
  return g_date_time_format (date_time, _("%-d %B %Y"));
}

/* "2026-07-01" (or a timestamp that starts with a date) in words; "" when there is none. */
static char *
format_iso (const char *iso)
{
  char day[11];
  GDate date;

  if (iso == NULL || strlen (iso) < 10)
    return g_strdup ("");

  memcpy (day, iso, 10);
  day[10] = '\0';
  g_date_clear (&date, 1);
  if (!opl_date_parse_iso (day, &date))
    return g_strdup (iso);

  return format_gdate (&date);
}

static char *
format_record_date (JsonObject *record,
                    const char *member)
{
  return format_iso (opl_export_record_get_string (record, member));
}

static char *
format_period (const char *start,
               const char *end)
{
  g_autofree char *from = format_iso (start);
  g_autofree char *to = NULL;

  if (end == NULL)
    /* Translators: %s is a date */
    return g_strdup_printf (_("from %s"), from);

  to = format_iso (end);
  /* Translators: a period of time; the first %s is the first day, the second the last */
  return g_strdup_printf (_("%s – %s"), from, to);
}

static const char *
format_phase (gint64 phase)
{
  return phase == OPL_PHASE_II ? _("Fase II") : _("Fase I");
}

static char *
format_percent (double fraction)
{
  /* Translators: a percentage; keep the non-breaking space if your language uses one */
  return g_strdup_printf (_("%d %%"), (int) (fraction * 100.0 + 0.5));
}

static char *
format_time_range (gint64 start_minute,
                   gint64 duration)
{
  gint64 end = start_minute + duration;

  /* Translators: a time of day, hours and minutes: “13:00”; here a range “13:00–14:00” */
  return g_strdup_printf (_("%d:%02d–%d:%02d"), (int) (start_minute / 60), (int) (start_minute % 60),
                          (int) (end / 60), (int) (end % 60));
}

static const char *
person_name (Builder    *builder,
             const char *person_id)
{
  const char *name = person_id != NULL ? opl_export_bundle_get_person_name (builder->bundle, person_id) : NULL;

  return name != NULL ? name : _("Someone not in this export");
}

static const char *
role_label (const char *role)
{
  OplRole value;

  return role != NULL && opl_role_from_string (role, &value) ? opl_role_get_label (value) : "";
}

static const char *
who_label (const char *who)
{
  if (g_strcmp0 (who, "aios") == 0)
    return _("aios");
  if (g_strcmp0 (who, "opleider") == 0)
    return _("opleider");
  if (g_strcmp0 (who, "docent") == 0)
    return _("docent");
  if (g_strcmp0 (who, "tutor") == 0)
    return _("tutor");
  return who;
}

static gboolean
moment_kind_from_string (const char    *str,
                         OplMomentKind *kind)
{
  for (guint i = 0; i < OPL_N_MOMENT_KINDS; i++)
    if (g_strcmp0 (str, opl_moment_kind_to_string (i)) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

static gboolean
moment_state_from_string (const char     *str,
                          OplMomentState *state)
{
  for (guint i = 0; i <= OPL_MOMENT_STATE_DONE; i++)
    if (g_strcmp0 (str, opl_moment_state_to_string (i)) == 0)
      {
        *state = i;
        return TRUE;
      }

  return FALSE;
}

/* "Charlotte Bakker" -> "charlotte-bakker": ASCII, for file names. */
static char *
slugify (const char *text)
{
  g_autofree char *ascii = g_str_to_ascii (text != NULL ? text : "", "C");
  GString *slug = g_string_new (NULL);

  for (const char *p = ascii; *p != '\0'; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len > 48)
    g_string_truncate (slug, 48);

  return g_string_free (slug, slug->len == 0);
}

/* Documents */

static OplPdfDocument *
add_document (Builder    *builder,
              const char *title,
              const char *header,
              const char *stem)
{
  g_autoptr(OplPdfDocument) document = opl_pdf_document_new_for_font_map (title, builder->font_map);
  g_autofree char *footer = NULL;
  g_autofree char *name = NULL;

  /* Numbered in reading order, after the contents (00). */
  name = g_strdup_printf ("%02u-%s.pdf", builder->documents->len + 1, stem);
  opl_pdf_document_set_file_name (document, name);
  opl_pdf_document_set_header (document, builder->practice, header);
  if (builder->exporter != NULL)
    /* Translators: the footer of an exported PDF: “Exported on 1 July 2026 by Anna de Vries” */
    footer = g_strdup_printf (_("Exported on %s by %s"), builder->exported_on, builder->exporter);
  else
    /* Translators: the footer of an exported PDF: “Exported on 1 July 2026” */
    footer = g_strdup_printf (_("Exported on %s"), builder->exported_on);
  opl_pdf_document_set_footer (document, footer);
  opl_pdf_document_set_metadata (document, builder->exporter, builder->practice, builder->created);

  g_ptr_array_add (builder->documents, g_object_ref (document));
  return document;
}

/* The line on the first page of every PDF but the contents: it is part of a selection. */
static void
add_part_of_export (Builder        *builder,
                    OplPdfDocument *document)
{
  g_autofree char *text = NULL;

  if (builder->exporter != NULL)
    /* Translators: on the first page of each exported PDF; the first %s is a date, the
     * second a person, the third the name of the contents file */
    text = g_strdup_printf (_("Part of an export of %s that contains only what %s selected; "
                              "%s lists everything in it."),
                            builder->exported_on, builder->exporter, OPL_EXPORT_PDF_CONTENTS_NAME);
  else
    /* Translators: on the first page of each exported PDF; the first %s is a date, the
     * second the name of the contents file */
    text = g_strdup_printf (_("Part of an export of %s that contains only what was selected; "
                              "%s lists everything in it."),
                            builder->exported_on, OPL_EXPORT_PDF_CONTENTS_NAME);

  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_DIM, text);
}

static void
add_empty_note (OplPdfDocument *document,
                const char     *text)
{
  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_DIM, text);
}

static void
add_traject_facts (Builder        *builder,
                   OplPdfDocument *document,
                   JsonObject     *traject)
{
  JsonArray *opleiders = opl_export_record_get_array (traject, "opleiders");
  JsonArray *leaves = opl_export_record_get_array (traject, "leave_periods");
  g_autofree char *period = format_period (opl_export_record_get_string (traject, "start_date"),
                                           opl_export_record_get_string (traject, "end_date"));
  g_autofree char *parttime = format_percent (opl_export_record_get_double (traject, "parttime", 1.0));

  opl_pdf_document_add_fact (document, _("Aios"),
                             person_name (builder, opl_export_record_get_string (traject, "aios_id")));
  opl_pdf_document_add_fact (document, _("Phase"), format_phase (opl_export_record_get_int (traject, "phase", 1)));
  opl_pdf_document_add_fact (document, _("Period"), period);
  opl_pdf_document_add_fact (document, _("Part time"), parttime);

  for (guint i = 0; opleiders != NULL && i < json_array_get_length (opleiders); i++)
    {
      JsonObject *opleider = json_array_get_object_element (opleiders, i);
      const char *id = opl_export_record_get_string (opleider, "opleider_id");
      JsonObject *person = opl_export_bundle_lookup (builder->bundle, OPL_EXPORT_PEOPLE, id);
      g_autofree char *share = format_percent (opl_export_record_get_double (opleider, "share", 1.0));
      /* Translators: an opleider of a traject: “Anna de Vries (Hoofdopleider, share 50 %)” */
      g_autofree char *value = g_strdup_printf (_("%s (%s, share %s)"), person_name (builder, id),
                                                role_label (person != NULL ? opl_export_record_get_string (person, "role") : NULL),
                                                share);

      opl_pdf_document_add_fact (document, i == 0 ? _("Opleiders") : "", value);
    }

  for (guint i = 0; leaves != NULL && i < json_array_get_length (leaves); i++)
    {
      JsonObject *leave = json_array_get_object_element (leaves, i);
      g_autofree char *when = format_period (opl_export_record_get_string (leave, "start_date"),
                                             opl_export_record_get_string (leave, "end_date"));
      const char *kind = opl_export_record_get_string (leave, "kind");
      const char *note = opl_export_record_get_string (leave, "note");
      OplLeaveKind leave_kind;
      g_autofree char *value = NULL;

      value = g_strdup_printf ("%s: %s%s%s",
                               opl_leave_kind_from_string (kind, &leave_kind) ? opl_leave_kind_get_label (leave_kind) : kind,
                               when, note != NULL && *note != '\0' ? " · " : "", note != NULL ? note : "");
      opl_pdf_document_add_fact (document, i == 0 ? _("Leave") : "", value);
    }
}

static void
add_slot_fact (OplPdfDocument *document,
               JsonObject     *traject)
{
  JsonNode *node = json_object_get_member (traject, "slot");
  JsonObject *slot;
  g_autoptr(GDateTime) monday = g_date_time_new_utc (2024, 1, 1, 12, 0, 0);
  g_autoptr(GDateTime) day = NULL;
  g_autofree char *weekday = NULL;
  g_autofree char *time = NULL;
  g_autofree char *value = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || !JSON_NODE_HOLDS_OBJECT (node))
    return;

  slot = json_node_get_object (node);
  day = g_date_time_add_days (monday, (int) CLAMP (opl_export_record_get_int (slot, "weekday", 1), 1, 7) - 1);
  weekday = g_date_time_format (day, "%A");
  time = format_time_range (opl_export_record_get_int (slot, "start_minute", 0),
                            opl_export_record_get_int (slot, "duration", 60));
  /* Translators: the weekly leergesprek: a weekday and a time range: “Tuesday 13:00–14:00” */
  value = g_strdup_printf (_("%s %s"), weekday, time);
  opl_pdf_document_add_fact (document, _("Weekly leergesprek"), value);
}

/* The traject overview */

static void
add_moments_table (Builder        *builder,
                   OplPdfDocument *document,
                   JsonObject     *traject)
{
  const char *headers[] = { _("Moment"), _("Month"), _("Due"), _("Who"), _("State"), _("Done on") };
  static const double widths[] = { 0.25, 0.09, 0.19, 0.22, 0.11, 0.14 };
  g_autoptr(GPtrArray) moments = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_MOMENTS, "traject_id",
                                                           opl_export_record_get_string (traject, "id"));
  g_autoptr(GPtrArray) done = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_MOMENTS_DONE, "traject_id",
                                                        opl_export_record_get_string (traject, "id"));
  guint counts[OPL_MOMENT_STATE_DONE + 1] = { 0 };

  opl_pdf_document_add_heading (document, _("Due Moments"));
  if (moments->len == 0)
    {
      add_empty_note (document, _("This traject has no due moments in the export."));
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
      g_autofree char *due = format_record_date (moment, "due");
      g_autofree char *done_on = format_record_date (moment, "done_on");
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
        g_strv_builder_add (words, who_label (json_array_get_string_element (who, w)));
      strv = g_strv_builder_end (words);
      who_text = g_strjoinv (", ", strv);

      if (!moment_kind_from_string (opl_export_record_get_string (moment, "kind"), &kind) ||
          !moment_state_from_string (opl_export_record_get_string (moment, "state"), &state))
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
      g_autofree char *when = format_record_date (record, "done_on");
      OplMomentKind kind;
      g_autofree char *markup = NULL;

      if (note == NULL || *note == '\0' || !moment_kind_from_string (opl_export_record_get_string (record, "kind"), &kind))
        continue;

      /* Translators: a note on a moment done: “ComBel, month 3, 1 October 2026: <note>” */
      markup = g_markup_printf_escaped (_("<b>%s, month %d, %s:</b> %s"), opl_moment_kind_get_label (kind),
                                        (int) opl_export_record_get_int (record, "month", 0), when, note);
      opl_pdf_document_add_paragraph_markup (document, OPL_PDF_STYLE_SMALL, markup);
    }
}

static void
build_traject (Builder    *builder,
               JsonObject *traject)
{
  const char *aios = person_name (builder, opl_export_record_get_string (traject, "aios_id"));
  gint64 phase = opl_export_record_get_int (traject, "phase", 1);
  g_autofree char *slug = slugify (aios);
  g_autofree char *stem = g_strdup_printf ("traject-%s-fase-%d", slug != NULL ? slug : "aios", (int) phase);
  /* Translators: the title of a traject's overview: “Traject of Charlotte Bakker” */
  g_autofree char *title = g_strdup_printf (_("Traject of %s"), aios);
  g_autofree char *declared = format_record_date (traject, "bekwaamheidsverklaring_on");
  OplPdfDocument *document = add_document (builder, title, title, stem);

  opl_pdf_document_add_title (document, title, format_phase (phase));
  add_traject_facts (builder, document, traject);
  add_slot_fact (document, traject);
  if (*declared != '\0')
    opl_pdf_document_add_fact (document, _("Bekwaamheidsverklaring"), declared);
  add_part_of_export (builder, document);

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
  g_autofree char *finalized = format_record_date (form, "finalized_on");
  g_autofree char *discussed = format_record_date (form, "discussed_on");
  const char *by = person_name (builder, opl_export_record_get_string (form, "finalized_by") != NULL
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
  g_autofree char *date = format_record_date (form, "form_date");
  g_autofree char *state = form_state_text (builder, form);
  g_autofree char *author = NULL;
  g_autofree char *definition_text = NULL;
  OplFormRole role = OPL_FORM_ROLE_AIOS;

  opl_form_role_from_string (opl_export_record_get_string (form, "author_role"), &role);

  if (traject != NULL)
    {
      g_autofree char *aios = g_strdup_printf ("%s (%s)", person_name (builder, aios_id),
                                               format_phase (opl_export_record_get_int (traject, "phase", 1)));

      opl_pdf_document_add_fact (document, _("Aios"), aios);
    }

  /* Translators: who filled a form and as whom: “Anna de Vries (opleider)” */
  author = g_strdup_printf (_("%s (%s)"), person_name (builder, author_id), opl_form_role_get_label (role));
  opl_pdf_document_add_fact (document, _("Filled in by"), author);
  if (subject_id != NULL && g_strcmp0 (subject_id, aios_id) != 0)
    opl_pdf_document_add_fact (document, _("About"), g_strcmp0 (subject_id, author_id) == 0
                                                       ? _("Self-evaluation") : person_name (builder, subject_id));
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
  g_autofree char *author = slugify (person_name (builder, author_id));
  g_autoptr(GString) stem = g_string_new (opl_export_record_get_string (form, "kind"));
  gint64 month = opl_export_record_get_int (form, "moment_month", 0);

  if (month > 0)
    g_string_append_printf (stem, "-m%d", (int) month);
  g_string_append_printf (stem, "-%s", opl_export_record_get_string (form, "author_role"));
  if (author != NULL)
    g_string_append_printf (stem, "-%s", author);
  if (subject_id != NULL && g_strcmp0 (subject_id, aios_id) != 0 && g_strcmp0 (subject_id, author_id) != 0)
    {
      g_autofree char *subject = slugify (person_name (builder, subject_id));

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
  aios_name = traject != NULL ? person_name (builder, opl_export_record_get_string (traject, "aios_id")) : "";

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

  document = add_document (builder, opl_form_definition_get_title (definition), header, stem);
  opl_pdf_document_add_title (document, opl_form_definition_get_title (definition), subtitle);
  add_form_facts (builder, document, form, traject, definition, forms);
  add_part_of_export (builder, document);

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

static gboolean
build_forms (Builder    *builder,
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

static void
build_leergesprekken (Builder    *builder,
                      JsonObject *traject)
{
  const char *headers[] = { _("Date"), _("Time"), _("Kind"), _("Held by"), _("Status") };
  static const double widths[] = { 0.21, 0.14, 0.27, 0.23, 0.15 };
  g_autoptr(GPtrArray) list = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_LEERGESPREKKEN, "traject_id",
                                                        opl_export_record_get_string (traject, "id"));
  const char *aios = person_name (builder, opl_export_record_get_string (traject, "aios_id"));
  OplPhase phase = opl_export_record_get_int (traject, "phase", 1) == 2 ? OPL_PHASE_II : OPL_PHASE_I;
  g_autofree char *slug = slugify (aios);
  g_autofree char *stem = g_strdup_printf ("leergesprekken-%s-fase-%d", slug != NULL ? slug : "aios", (int) phase);
  /* Translators: the title of the list of an aios's leergesprekken: “Leergesprekken of Charlotte Bakker” */
  g_autofree char *title = g_strdup_printf (_("Leergesprekken of %s"), aios);
  g_autofree char *summary = NULL;
  guint held = 0, cancelled = 0, planned = 0;
  OplPdfDocument *document = add_document (builder, title, title, stem);

  opl_pdf_document_add_title (document, title, format_phase (phase));
  add_part_of_export (builder, document);

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
      add_empty_note (document, _("No leergesprekken in the export for this traject."));
      return;
    }

  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < list->len; i++)
    {
      JsonObject *record = g_ptr_array_index (list, i);
      g_autofree char *date = format_record_date (record, "date");
      g_autofree char *time = format_time_range (opl_export_record_get_int (record, "start_minute", 0),
                                                 opl_export_record_get_int (record, "duration", 60));
      const char *opleider_id = opl_export_record_get_string (record, "opleider_id");
      OplLeergesprekKind kind;
      const char *kind_label = opl_leergesprek_kind_from_string (opl_export_record_get_string (record, "kind"), &kind)
                                 ? opl_leergesprek_kind_get_label (kind, phase) : "";
      const char *status = opl_export_record_get_string (record, "status");
      const char *cells[] = { date, time, kind_label, opleider_id != NULL ? person_name (builder, opleider_id) : "",
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

static void
build_kpb (Builder    *builder,
           JsonObject *traject)
{
  const char *headers[] = { _("Date"), _("Kind"), _("Topic"), _("Competentiegebied"), _("Score"), _("Observed by") };
  static const double widths[] = { 0.165, 0.07, 0.265, 0.18, 0.17, 0.15 };
  g_autoptr(GPtrArray) entries = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_KPB_ENTRIES, "traject_id",
                                                           opl_export_record_get_string (traject, "id"));
  const char *aios = person_name (builder, opl_export_record_get_string (traject, "aios_id"));
  gint64 phase = opl_export_record_get_int (traject, "phase", 1);
  g_autofree char *slug = slugify (aios);
  g_autofree char *stem = g_strdup_printf ("kpb-kvb-%s-fase-%d", slug != NULL ? slug : "aios", (int) phase);
  /* Translators: the title of an aios's KPB/KVB list: “KPB and KVB of Charlotte Bakker” */
  g_autofree char *title = g_strdup_printf (_("KPB and KVB of %s"), aios);
  g_autofree char *counts = NULL;
  guint n_kpb = 0, n_kvb = 0;
  OplPdfDocument *document = add_document (builder, title, title, stem);

  opl_pdf_document_add_title (document, title, format_phase (phase));
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
  add_part_of_export (builder, document);

  if (entries->len == 0)
    {
      add_empty_note (document, _("No KPB or KVB in the export for this traject."));
      return;
    }

  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < entries->len; i++)
    {
      JsonObject *entry = g_ptr_array_index (entries, i);
      g_autofree char *date = format_record_date (entry, "entry_date");
      const char *kind = opl_export_record_get_string (entry, "kind");
      const char *gebied = opl_competentiegebied_get_label (opl_export_record_get_string (entry, "competentiegebied"));
      const char *assessor_id = opl_export_record_get_string (entry, "assessor_id");
      const char *feedback = opl_export_record_get_string (entry, "feedback");
      const char *cells[] = {
        date, g_strcmp0 (kind, "kvb") == 0 ? _("KVB") : _("KPB"),
        opl_export_record_get_string (entry, "topic"),
        gebied != NULL ? gebied : opl_export_record_get_string (entry, "competentiegebied"),
        kpb_score_label (builder, entry),
        assessor_id != NULL ? person_name (builder, assessor_id) : "",
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

static void
build_diensten (Builder    *builder,
                JsonObject *traject)
{
  const char *headers[] = { _("Date"), _("Kind"), _("With"), _("At a distance"), _("Note") };
  static const double widths[] = { 0.20, 0.13, 0.24, 0.14, 0.29 };
  g_autoptr(GPtrArray) diensten = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_DIENSTEN, "traject_id",
                                                            opl_export_record_get_string (traject, "id"));
  const char *aios = person_name (builder, opl_export_record_get_string (traject, "aios_id"));
  gint64 phase = opl_export_record_get_int (traject, "phase", 1);
  g_autofree char *slug = slugify (aios);
  g_autofree char *stem = g_strdup_printf ("diensten-%s-fase-%d", slug != NULL ? slug : "aios", (int) phase);
  /* Translators: the title of an aios's diensten: “Diensten of Charlotte Bakker” */
  g_autofree char *title = g_strdup_printf (_("Diensten of %s"), aios);
  g_autofree char *declared = format_record_date (traject, "bekwaamheidsverklaring_on");
  g_autofree char *counts = NULL;
  g_autofree char *distance = NULL;
  guint n_distance = 0, n_nights = 0;
  OplPdfDocument *document = add_document (builder, title, title, stem);

  opl_pdf_document_add_title (document, title, format_phase (phase));
  for (guint i = 0; i < diensten->len; i++)
    {
      JsonObject *dienst = g_ptr_array_index (diensten, i);

      if (opl_export_record_get_boolean (dienst, "at_distance"))
        {
          n_distance++;
          if (g_strcmp0 (opl_export_record_get_string (dienst, "kind"), "nacht") == 0)
            n_nights++;
        }
    }
  /* Translators: a count of diensten against the pace: “12 (at least 20 a year)” */
  counts = g_strdup_printf (_("%u (at least %d a year)"), diensten->len, OPL_DIENSTEN_PER_YEAR);
  opl_pdf_document_add_fact (document, _("Diensten"), counts);
  if (*declared != '\0')
    opl_pdf_document_add_fact (document, _("Bekwaamheidsverklaring"), declared);
  if (phase == OPL_PHASE_II)
    {
      /* Translators: diensten under supervision at a distance: “5, of which 1 night (5 to 8, preferably 2 nights)” */
      distance = g_strdup_printf (_("%u, of which %u at night (%d to %d, preferably %d nights)"), n_distance, n_nights,
                                  OPL_DISTANCE_DIENSTEN_MIN, OPL_DISTANCE_DIENSTEN_MAX, OPL_DISTANCE_NIGHTS_PREFERRED);
      opl_pdf_document_add_fact (document, _("At a distance"), distance);
    }
  add_part_of_export (builder, document);

  if (diensten->len == 0)
    {
      add_empty_note (document, _("No diensten in the export for this traject."));
      return;
    }

  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < diensten->len; i++)
    {
      JsonObject *dienst = g_ptr_array_index (diensten, i);
      g_autofree char *date = format_record_date (dienst, "dienst_date");
      OplDienstKind kind;
      const char *kind_text = opl_dienst_kind_from_string (opl_export_record_get_string (dienst, "kind"), &kind)
                                ? opl_dienst_kind_get_label (kind) : "";
      const char *with_id = opl_export_record_get_string (dienst, "with_person_id");
      const char *with_name = opl_export_record_get_string (dienst, "with_name");
      const char *note = opl_export_record_get_string (dienst, "note");
      const char *cells[] = {
        date, kind_text,
        with_id != NULL ? person_name (builder, with_id) : (with_name != NULL ? with_name : ""),
        opl_export_record_get_boolean (dienst, "at_distance") ? _("yes") : _("no"),
        note != NULL ? note : "",
      };

      opl_pdf_document_add_row (document, cells);
    }
  opl_pdf_document_end_table (document);
}

/* Scholing */

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *) a - *(const int *) b;
}

/* The opleidingsjaren in which @person_id has anything recorded, oldest first. */
static GArray *
scholing_years (Builder    *builder,
                const char *person_id)
{
  static const char * const dated[] = { OPL_EXPORT_SCHOLING, OPL_EXPORT_HAO_GESPREKKEN };
  static const char * const yearly[] = { OPL_EXPORT_DISPENSATIONS, OPL_EXPORT_LEERPUNTEN };
  GArray *years = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint s = 0; s < G_N_ELEMENTS (dated) + G_N_ELEMENTS (yearly); s++)
    {
      gboolean is_dated = s < G_N_ELEMENTS (dated);
      const char *section = is_dated ? dated[s] : yearly[s - G_N_ELEMENTS (dated)];
      g_autoptr(GPtrArray) rows = opl_export_bundle_filter (builder->bundle, section, "person_id", person_id);

      for (guint i = 0; i < rows->len; i++)
        {
          JsonObject *row = g_ptr_array_index (rows, i);
          int year;

          if (is_dated)
            {
              GDate date;

              g_date_clear (&date, 1);
              if (!opl_export_record_get_date (row, "date", &date))
                continue;
              year = opl_export_year_of_date (&date);
            }
          else
            year = (int) opl_export_record_get_int (row, "year", 0);

          if (year > 0 && !g_array_binary_search (years, &year, compare_ints, NULL))
            {
              g_array_append_val (years, year);
              g_array_sort (years, compare_ints);
            }
        }
    }

  return years;
}

static gboolean
in_year (JsonObject *row,
         int         year)
{
  GDate date;

  g_date_clear (&date, 1);
  return opl_export_record_get_date (row, "date", &date) && opl_export_year_of_date (&date) == year;
}

static char *
scholing_day_label (JsonObject *row)
{
  OplScholingKind kind;
  const char *kind_name = opl_export_record_get_string (row, "kind");
  const char *title = opl_export_record_get_string (row, "title");

  if (!opl_scholing_kind_from_string (kind_name, &kind))
    return g_strdup (kind_name != NULL ? kind_name : "");

  if (kind == OPL_SCHOLING_LEERGANG)
    /* Translators: a day of a leergang: “Leergang 3, day 2” */
    return g_strdup_printf (_("Leergang %d, day %d"), (int) opl_export_record_get_int (row, "leergang", 0),
                            (int) opl_export_record_get_int (row, "leergang_day", 0));
  if (title != NULL && *title != '\0')
    return g_strdup_printf ("%s: %s", opl_scholing_kind_get_label (kind), title);
  return g_strdup (opl_scholing_kind_get_label (kind));
}

static void
add_scholing_days (Builder        *builder,
                   OplPdfDocument *document,
                   const char     *person_id,
                   int             year)
{
  const char *headers[] = { _("Date"), _("Scholing"), _("Length"), _("Attended"), _("Note") };
  static const double widths[] = { 0.19, 0.33, 0.12, 0.14, 0.22 };
  g_autoptr(GPtrArray) days = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_SCHOLING, "person_id", person_id);
  double attended = 0.0, absent = 0.0;
  guint n_rows = 0;

  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < days->len; i++)
    {
      JsonObject *day = g_ptr_array_index (days, i);
      g_autofree char *date = NULL;
      g_autofree char *label = NULL;
      g_autofree char *attended_text = NULL;
      gboolean half = opl_export_record_get_boolean (day, "half_day");
      gboolean was_there = opl_export_record_get_boolean (day, "attended");
      const char *note = opl_export_record_get_string (day, "note");

      if (!in_year (day, year))
        continue;

      date = format_record_date (day, "date");
      label = scholing_day_label (day);
      if (was_there)
        attended_text = g_strdup (_("yes"));
      else if (opl_export_record_get_boolean (day, "replacement_done"))
        attended_text = g_strdup (_("no, replacement done"));
      else
        attended_text = g_strdup (_("no"));
      if (was_there)
        attended += half ? 0.5 : 1.0;
      else
        absent += half ? 0.5 : 1.0;

      {
        const char *cells[] = { date, label, half ? _("half day") : _("whole day"), attended_text,
                                note != NULL ? note : "" };

        opl_pdf_document_add_row (document, cells);
      }
      n_rows++;
    }
  opl_pdf_document_end_table (document);

  if (n_rows == 0)
    add_empty_note (document, _("No scholing registered in this opleidingsjaar."));
  else
    {
      /* Translators: the days registered in a year, as recorded (not counted against the
       * rules): “Days attended: 6.5 · days absent: 1 (as registered)” */
      g_autofree char *summary = g_strdup_printf (_("Days attended: %g · days absent: %g (as registered)"),
                                                  attended, absent);

      opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_SMALL, summary);
    }
}

static void
add_scholing_year_extras (Builder        *builder,
                          OplPdfDocument *document,
                          const char     *person_id,
                          int             year)
{
  g_autoptr(GPtrArray) dispensations = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_DISPENSATIONS,
                                                                 "person_id", person_id);
  g_autoptr(GPtrArray) leerpunten = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_LEERPUNTEN,
                                                              "person_id", person_id);
  gboolean heading = FALSE;

  for (guint i = 0; i < dispensations->len; i++)
    {
      JsonObject *row = g_ptr_array_index (dispensations, i);
      /* Translators: a dispensation: “2 days: <reason>” */
      g_autofree char *text = NULL;

      if (opl_export_record_get_int (row, "year", 0) != year)
        continue;
      text = g_strdup_printf (_("%g days: %s"), opl_export_record_get_double (row, "days", 0.0),
                              opl_export_record_get_string (row, "reason"));
      opl_pdf_document_add_fact (document, _("Dispensation"), text);
    }

  for (guint i = 0; i < leerpunten->len; i++)
    {
      JsonObject *row = g_ptr_array_index (leerpunten, i);
      g_autofree char *markup = NULL;

      if (opl_export_record_get_int (row, "year", 0) != year)
        continue;
      if (!heading)
        {
          opl_pdf_document_add_subheading (document, _("Leerplan"));
          heading = TRUE;
        }
      markup = g_markup_printf_escaped ("• %s  <span foreground=\"" MARKUP_DIM "\">%s</span>",
                                        opl_export_record_get_string (row, "text"),
                                        opl_export_record_get_boolean (row, "achieved") ? _("achieved") : _("open"));
      opl_pdf_document_add_paragraph_markup (document, OPL_PDF_STYLE_BODY, markup);
    }
}

static void
add_hao_gesprekken (Builder        *builder,
                    OplPdfDocument *document,
                    const char     *person_id)
{
  const char *headers[] = { _("Date"), _("Note") };
  static const double widths[] = { 0.25, 0.75 };
  g_autoptr(GPtrArray) rows = opl_export_bundle_filter (builder->bundle, OPL_EXPORT_HAO_GESPREKKEN,
                                                        "person_id", person_id);

  if (rows->len == 0)
    return;

  opl_pdf_document_add_heading (document, _("HAO-voortgangsgesprekken"));
  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < rows->len; i++)
    {
      JsonObject *row = g_ptr_array_index (rows, i);
      g_autofree char *date = format_record_date (row, "date");
      const char *note = opl_export_record_get_string (row, "note");
      const char *cells[] = { date, note != NULL ? note : "" };

      opl_pdf_document_add_row (document, cells);
    }
  opl_pdf_document_end_table (document);
}

static void
build_scholing (Builder    *builder,
                const char *person_id)
{
  g_autoptr(GArray) years = scholing_years (builder, person_id);
  JsonObject *person = opl_export_bundle_lookup (builder->bundle, OPL_EXPORT_PEOPLE, person_id);
  const char *name = person_name (builder, person_id);
  g_autofree char *slug = slugify (name);
  g_autofree char *stem = g_strdup_printf ("scholing-%s", slug != NULL ? slug : "opleider");
  /* Translators: the title of an opleider's scholing: “Scholing of Anna de Vries” */
  g_autofree char *title = g_strdup_printf (_("Scholing of %s"), name);
  OplPdfDocument *document;

  if (years->len == 0)
    return;

  document = add_document (builder, title, title, stem);
  opl_pdf_document_add_title (document, title,
                              person != NULL ? role_label (opl_export_record_get_string (person, "role")) : NULL);
  opl_pdf_document_add_fact (document, _("Opleider"), name);
  if (person != NULL && opl_export_record_get_int (person, "opleider_since", 0) > 0)
    {
      g_autofree char *since = g_strdup_printf ("%d", (int) opl_export_record_get_int (person, "opleider_since", 0));

      opl_pdf_document_add_fact (document, _("Opleider since"), since);
    }
  add_part_of_export (builder, document);

  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);
      GDate first, last;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autofree char *heading = NULL;

      opl_export_year_bounds (year, &first, &last);
      from = format_gdate (&first);
      to = format_gdate (&last);
      /* Translators: a heading: an opleidingsjaar and its first and last day */
      heading = g_strdup_printf (_("Opleidingsjaar %d–%d (%s – %s)"), g_date_get_year (&first),
                                 g_date_get_year (&last), from, to);
      opl_pdf_document_add_heading (document, heading);
      add_scholing_year_extras (builder, document, person_id, year);
      add_scholing_days (builder, document, person_id, year);
    }

  add_hao_gesprekken (builder, document, person_id);
}

/* Every opleider of the bundle with scholing recorded, in the order of the people. */
static void
build_scholing_all (Builder *builder)
{
  JsonArray *people = opl_export_bundle_get_section (builder->bundle, OPL_EXPORT_PEOPLE);

  for (guint i = 0; i < json_array_get_length (people); i++)
    {
      JsonObject *person = json_array_get_object_element (people, i);

      build_scholing (builder, opl_export_record_get_string (person, "id"));
    }
}

/* The contents */

/* The parts of a bundle, and the scopes they belong to (an aios's trajecten have no
 * scholing; an opleider's scholing has no forms). */
#define FOR_AIOS     (1 << OPL_EXPORT_SCOPE_AIOS)
#define FOR_OPLEIDER (1 << OPL_EXPORT_SCOPE_OPLEIDER)
#define FOR_ALL      ((1 << OPL_EXPORT_SCOPE_PRACTICE) | (1 << OPL_EXPORT_SCOPE_YEAR))

static const struct
{
  OplExportSections section;
  const char       *label;
  const char       *rows;     /* the bundle section counted */
  guint             scopes;
} parts[] = {
  { OPL_EXPORT_SECTION_MOMENTS, N_("Due moments"), OPL_EXPORT_MOMENTS, FOR_ALL | FOR_AIOS },
  { OPL_EXPORT_SECTION_FORMS, N_("Forms"), OPL_EXPORT_FORMS, FOR_ALL | FOR_AIOS },
  { OPL_EXPORT_SECTION_LEERGESPREKKEN, N_("Leergesprekken"), OPL_EXPORT_LEERGESPREKKEN, FOR_ALL | FOR_AIOS },
  { OPL_EXPORT_SECTION_KPB, N_("KPB and KVB"), OPL_EXPORT_KPB_ENTRIES, FOR_ALL | FOR_AIOS },
  { OPL_EXPORT_SECTION_DIENSTEN, N_("Diensten"), OPL_EXPORT_DIENSTEN, FOR_ALL | FOR_AIOS },
  { OPL_EXPORT_SECTION_CHECKLIST, N_("Checklist ticks"), OPL_EXPORT_CHECKLIST_TICKS, FOR_ALL | FOR_AIOS | FOR_OPLEIDER },
  { OPL_EXPORT_SECTION_SCHOLING, N_("Scholing"), OPL_EXPORT_SCHOLING, FOR_ALL | FOR_OPLEIDER },
};

static char *
describe_scope (Builder *builder)
{
  JsonObject *selection = opl_export_bundle_get_selection (builder->bundle);
  gint64 year = opl_export_record_get_int (selection, "year", 0);

  switch (opl_export_bundle_get_scope (builder->bundle))
    {
    case OPL_EXPORT_SCOPE_AIOS:
      /* Translators: what an export is about: “The trajecten of Charlotte Bakker” */
      return g_strdup_printf (_("The trajecten of %s"),
                              person_name (builder, opl_export_record_get_string (selection, "aios_id")));
    case OPL_EXPORT_SCOPE_OPLEIDER:
      /* Translators: what an export is about: “The scholing of Anna de Vries” */
      return g_strdup_printf (_("The scholing of %s"),
                              person_name (builder, opl_export_record_get_string (selection, "opleider_id")));
    case OPL_EXPORT_SCOPE_YEAR:
      /* Translators: what an export is about: “The opleidingsjaar 2026–2027” */
      return g_strdup_printf (_("The opleidingsjaar %d–%d"), (int) year, (int) year + 1);
    case OPL_EXPORT_SCOPE_PRACTICE:
    default:
      return g_strdup (_("The whole practice"));
    }
}

static void
add_selection_notice (Builder        *builder,
                      OplPdfDocument *document)
{
  guint omitted = opl_export_bundle_get_n_omitted_private (builder->bundle);
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autofree char *first = NULL;

  if (builder->exporter != NULL)
    /* Translators: on the first page of an export; %s is who made it */
    first = g_markup_printf_escaped (_("<b>This export contains only what %s selected for it</b>, as listed "
                                       "on this page. Nothing else from the practice’s database is in it."),
                                     builder->exporter);
  else
    first = g_strdup (_("<b>This export contains only what was selected for it</b>, as listed on this page. "
                        "Nothing else from the practice’s database is in it."));
  g_string_append (markup, first);

  if (omitted > 0)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            "%u private form (an aios’s LEOh or ComBel self-assessment "
                                                            "that was not shared) is not included.",
                                                            "%u private forms (an aios’s LEOh or ComBel self-assessment "
                                                            "that was not shared) are not included.",
                                                            omitted),
                                               omitted);

      g_string_append_c (markup, ' ');
      g_string_append (markup, more);
    }

  opl_pdf_document_add_paragraph_markup (document, OPL_PDF_STYLE_NOTICE, markup->str);
}

static void
add_parts_table (Builder        *builder,
                 OplPdfDocument *document)
{
  const char *headers[] = { _("Part"), _("Selected"), _("Records") };
  static const double widths[] = { 0.45, 0.25, 0.30 };
  OplExportSections sections = opl_export_bundle_get_sections (builder->bundle);
  guint scope = 1 << opl_export_bundle_get_scope (builder->bundle);

  opl_pdf_document_add_heading (document, _("What Was Selected"));
  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      gboolean selected = (sections & parts[i].section) != 0;
      guint count = json_array_get_length (opl_export_bundle_get_section (builder->bundle, parts[i].rows));
      g_autofree char *label = g_markup_escape_text (_(parts[i].label), -1);
      g_autofree char *yes = NULL;
      g_autofree char *records = NULL;
      const char *cells[3];

      if ((parts[i].scopes & scope) == 0)
        continue;

      if (selected)
        {
          yes = g_markup_printf_escaped ("<b>%s</b>", _("yes"));
          records = g_strdup_printf ("%u", count);
        }
      else
        {
          yes = g_markup_printf_escaped ("<span foreground=\"" MARKUP_DIM "\">%s</span>", _("no, not included"));
          records = g_strdup ("");
        }

      cells[0] = label;
      cells[1] = yes;
      cells[2] = records;
      opl_pdf_document_add_row_markup (document, cells);
    }
  opl_pdf_document_end_table (document);
}

static void
add_trajecten_table (Builder        *builder,
                     OplPdfDocument *document)
{
  const char *headers[] = { _("Aios"), _("Phase"), _("Period"), _("Opleiders") };
  static const double widths[] = { 0.24, 0.12, 0.34, 0.30 };
  JsonArray *trajecten = opl_export_bundle_get_section (builder->bundle, OPL_EXPORT_TRAJECTEN);

  if (json_array_get_length (trajecten) == 0)
    return;

  opl_pdf_document_add_heading (document, _("Trajecten"));
  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < json_array_get_length (trajecten); i++)
    {
      JsonObject *traject = json_array_get_object_element (trajecten, i);
      JsonArray *opleiders = opl_export_record_get_array (traject, "opleiders");
      g_autofree char *period = format_period (opl_export_record_get_string (traject, "start_date"),
                                               opl_export_record_get_string (traject, "end_date"));
      g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
      g_auto(GStrv) strv = NULL;
      g_autofree char *opleider_text = NULL;
      const char *cells[4];

      for (guint j = 0; opleiders != NULL && j < json_array_get_length (opleiders); j++)
        g_strv_builder_add (names, person_name (builder, opl_export_record_get_string (
                                                  json_array_get_object_element (opleiders, j), "opleider_id")));
      strv = g_strv_builder_end (names);
      opleider_text = g_strjoinv (", ", strv);

      cells[0] = person_name (builder, opl_export_record_get_string (traject, "aios_id"));
      cells[1] = format_phase (opl_export_record_get_int (traject, "phase", 1));
      cells[2] = period;
      cells[3] = opleider_text;
      opl_pdf_document_add_row (document, cells);
    }
  opl_pdf_document_end_table (document);
}

static void
add_files_table (Builder        *builder,
                 OplPdfDocument *document)
{
  const char *headers[] = { _("File"), _("Document"), _("Pages") };
  static const double widths[] = { 0.42, 0.46, 0.12 };

  opl_pdf_document_add_heading (document, _("Documents in This Export"));
  if (builder->documents->len == 0)
    {
      add_empty_note (document, _("Nothing was selected that makes a document."));
      return;
    }

  opl_pdf_document_begin_table (document, G_N_ELEMENTS (headers), headers, widths);
  for (guint i = 0; i < builder->documents->len; i++)
    {
      OplPdfDocument *each = g_ptr_array_index (builder->documents, i);
      g_autofree char *pages = g_strdup_printf ("%u", opl_pdf_document_paginate (each));
      const char *cells[] = { opl_pdf_document_get_file_name (each), opl_pdf_document_get_title (each), pages };

      opl_pdf_document_add_row (document, cells);
    }
  opl_pdf_document_end_table (document);
  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_DIM,
                                  _("The same records are in the export’s data files (export.json and the CSV tables) "
                                    "when those were chosen too; docs/export-schema.md describes them."));
}

/* The practice names its institute by an id ("lumc"): a profile that comes with the
 * app gives its name; another reads as an acronym. */
static char *
institute_name (const char *id)
{
  g_autoptr(OplInstitute) institute = opl_institute_new_for_id (id, NULL);

  if (institute != NULL)
    return g_strdup (opl_institute_get_name (institute));
  if (g_regex_match_simple ("^[a-z]{2,8}$", id, 0, 0))
    return g_ascii_strup (id, -1);
  return g_strdup (id);
}

static OplPdfDocument *
build_contents (Builder *builder)
{
  JsonObject *practice = opl_export_bundle_get_practice (builder->bundle);
  JsonObject *selection = opl_export_bundle_get_selection (builder->bundle);
  const char *institute = practice != NULL ? opl_export_record_get_string (practice, "institute") : NULL;
  const char *first = opl_export_record_get_string (selection, "first");
  const char *last = opl_export_record_get_string (selection, "last");
  g_autofree char *scope = describe_scope (builder);
  g_autofree char *footer = NULL;
  OplPdfDocument *document = opl_pdf_document_new_for_font_map (_("Export for the Institute"), builder->font_map);

  opl_pdf_document_set_file_name (document, OPL_EXPORT_PDF_CONTENTS_NAME);
  opl_pdf_document_set_header (document, builder->practice, _("Contents of the Export"));
  if (builder->exporter != NULL)
    footer = g_strdup_printf (_("Exported on %s by %s"), builder->exported_on, builder->exporter);
  else
    footer = g_strdup_printf (_("Exported on %s"), builder->exported_on);
  opl_pdf_document_set_footer (document, footer);
  opl_pdf_document_set_metadata (document, builder->exporter, builder->practice, builder->created);

  opl_pdf_document_add_title (document, _("Export for the Institute"), builder->practice);
  opl_pdf_document_add_fact (document, _("Practice"), builder->practice);
  if (institute != NULL && *institute != '\0')
    {
      g_autofree char *name = institute_name (institute);

      opl_pdf_document_add_fact (document, _("Institute"), name);
    }
  opl_pdf_document_add_fact (document, _("Contents"), scope);
  if (opl_export_record_get_int (selection, "year", 0) > 0 || first != NULL)
    {
      g_autofree char *period = format_period (first, last);

      opl_pdf_document_add_fact (document, _("Period"), period);
    }
  opl_pdf_document_add_fact (document, _("Exported on"), builder->exported_on);
  if (builder->exporter != NULL)
    opl_pdf_document_add_fact (document, _("Exported by"), builder->exporter);
  opl_pdf_document_add_space (document, 6.0);

  add_selection_notice (builder, document);
  add_parts_table (builder, document);
  add_trajecten_table (builder, document);
  add_files_table (builder, document);

  return document;
}

/* Public API */

static void
builder_init (Builder         *builder,
              OplExportBundle *bundle,
              PangoFontMap    *font_map)
{
  JsonObject *practice = opl_export_bundle_get_practice (bundle);
  JsonObject *selection = opl_export_bundle_get_selection (bundle);
  const char *exported_at = opl_export_bundle_get_exported_at (bundle);
  const char *profile_id = selection != NULL ? opl_export_record_get_string (selection, "profile_id") : NULL;
  const char *exporter = profile_id != NULL ? opl_export_bundle_get_person_name (bundle, profile_id) : NULL;
  const char *name = practice != NULL ? opl_export_record_get_string (practice, "name") : NULL;

  builder->bundle = bundle;
  builder->font_map = font_map;
  builder->documents = g_ptr_array_new_with_free_func (g_object_unref);
  builder->practice = g_strdup (name != NULL ? name : _("Practice"));
  builder->exported_on = format_iso (exported_at);
  builder->exporter = g_strdup (exporter);
  builder->created = exported_at != NULL ? g_date_time_new_from_iso8601 (exported_at, NULL) : NULL;
}

/**
 * opl_export_pdf_build:
 * @font_map: (nullable): the font map to lay out with (see
 *   opl_pdf_document_new_for_font_map()); %NULL for the calling thread's
 *
 * Makes the bundle's documents, the contents first, each with its file name
 * (opl_pdf_document_get_file_name()).
 *
 * Returns: (transfer full) (element-type OplPdfDocument): the documents, or %NULL with
 *   @error when the bundle is inconsistent
 */
GPtrArray *
opl_export_pdf_build (OplExportBundle  *bundle,
                      PangoFontMap     *font_map,
                      GError          **error)
{
  g_auto(Builder) builder = { NULL };
  OplExportSections sections;
  JsonArray *trajecten;
  GPtrArray *result;

  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (bundle), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  builder_init (&builder, bundle, font_map);
  sections = opl_export_bundle_get_sections (bundle);
  trajecten = opl_export_bundle_get_section (bundle, OPL_EXPORT_TRAJECTEN);

  for (guint i = 0; i < json_array_get_length (trajecten); i++)
    {
      JsonObject *traject = json_array_get_object_element (trajecten, i);

      build_traject (&builder, traject);
      if ((sections & OPL_EXPORT_SECTION_FORMS) && !build_forms (&builder, traject, error))
        return NULL;
      if (sections & OPL_EXPORT_SECTION_LEERGESPREKKEN)
        build_leergesprekken (&builder, traject);
      if (sections & OPL_EXPORT_SECTION_KPB)
        build_kpb (&builder, traject);
      if (sections & OPL_EXPORT_SECTION_DIENSTEN)
        build_diensten (&builder, traject);
    }

  if (sections & OPL_EXPORT_SECTION_SCHOLING)
    build_scholing_all (&builder);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (result, build_contents (&builder));
  for (guint i = 0; i < builder.documents->len; i++)
    g_ptr_array_add (result, g_object_ref (g_ptr_array_index (builder.documents, i)));

  return result;
}

/**
 * opl_export_pdf_write_all:
 * @directory: an existing folder (empty: the bundle's pdf/)
 *
 * Writes every PDF of opl_export_pdf_build() into @directory. An %OplExportRenderFunc
 * for opl_export_write().
 *
 * Returns: whether all were written; %FALSE with @error (some may have been written:
 *   the writer removes the folder)
 */
gboolean
opl_export_pdf_write_all (OplExportBundle  *bundle,
                          const char       *directory,
                          GError          **error)
{
  g_autoptr(GPtrArray) documents = NULL;

  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (bundle), FALSE);
  g_return_val_if_fail (directory != NULL, FALSE);

  documents = opl_export_pdf_build (bundle, NULL, error);
  if (documents == NULL)
    return FALSE;

  for (guint i = 0; i < documents->len; i++)
    {
      OplPdfDocument *document = g_ptr_array_index (documents, i);
      g_autofree char *path = g_build_filename (directory, opl_pdf_document_get_file_name (document), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      if (!opl_pdf_document_write_file (document, file, NULL, error))
        return FALSE;
    }

  return TRUE;
}
