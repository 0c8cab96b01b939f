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

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "opl-date.h"
#include "opl-export-pdf-private.h"
#include "opl-institute.h"

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

char *
opl_export_pdf_format_gdate (const GDate *date)
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

  return opl_export_pdf_format_gdate (&date);
}

char *
opl_export_pdf_format_record_date (JsonObject *record,
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

const char *
opl_export_pdf_format_phase (gint64 phase)
{
  return phase == OPL_PHASE_II ? _("Fase II") : _("Fase I");
}

static char *
format_percent (double fraction)
{
  /* Translators: a percentage; keep the non-breaking space if your language uses one */
  return g_strdup_printf (_("%d %%"), (int) (fraction * 100.0 + 0.5));
}

char *
opl_export_pdf_format_time_range (gint64 start_minute,
                                  gint64 duration)
{
  gint64 end = start_minute + duration;

  /* Translators: a time of day, hours and minutes: “13:00”; here a range “13:00–14:00” */
  return g_strdup_printf (_("%d:%02d–%d:%02d"), (int) (start_minute / 60), (int) (start_minute % 60),
                          (int) (end / 60), (int) (end % 60));
}

const char *
opl_export_pdf_person_name (Builder    *builder,
                            const char *person_id)
{
  const char *name = person_id != NULL ? opl_export_bundle_get_person_name (builder->bundle, person_id) : NULL;

  return name != NULL ? name : _("Someone not in this export");
}

const char *
opl_export_pdf_role_label (const char *role)
{
  OplRole value;

  return role != NULL && opl_role_from_string (role, &value) ? opl_role_get_label (value) : "";
}

const char *
opl_export_pdf_who_label (const char *who)
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

gboolean
opl_export_pdf_moment_kind_from_string (const char    *str,
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

gboolean
opl_export_pdf_moment_state_from_string (const char     *str,
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
char *
opl_export_pdf_slugify (const char *text)
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

OplPdfDocument *
opl_export_pdf_add_document (Builder    *builder,
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
void
opl_export_pdf_add_part_of_export (Builder        *builder,
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

void
opl_export_pdf_add_empty_note (OplPdfDocument *document,
                               const char     *text)
{
  opl_pdf_document_add_paragraph (document, OPL_PDF_STYLE_DIM, text);
}

void
opl_export_pdf_add_traject_facts (Builder        *builder,
                                  OplPdfDocument *document,
                                  JsonObject     *traject)
{
  JsonArray *opleiders = opl_export_record_get_array (traject, "opleiders");
  JsonArray *leaves = opl_export_record_get_array (traject, "leave_periods");
  g_autofree char *period = format_period (opl_export_record_get_string (traject, "start_date"),
                                           opl_export_record_get_string (traject, "end_date"));
  g_autofree char *parttime = format_percent (opl_export_record_get_double (traject, "parttime", 1.0));

  opl_pdf_document_add_fact (document, _("Aios"),
                             opl_export_pdf_person_name (builder, opl_export_record_get_string (traject, "aios_id")));
  opl_pdf_document_add_fact (document, _("Phase"), opl_export_pdf_format_phase (opl_export_record_get_int (traject, "phase", 1)));
  opl_pdf_document_add_fact (document, _("Period"), period);
  opl_pdf_document_add_fact (document, _("Part time"), parttime);

  for (guint i = 0; opleiders != NULL && i < json_array_get_length (opleiders); i++)
    {
      JsonObject *opleider = json_array_get_object_element (opleiders, i);
      const char *id = opl_export_record_get_string (opleider, "opleider_id");
      JsonObject *person = opl_export_bundle_lookup (builder->bundle, OPL_EXPORT_PEOPLE, id);
      g_autofree char *share = format_percent (opl_export_record_get_double (opleider, "share", 1.0));
      /* Translators: an opleider of a traject: “Anna de Vries (Hoofdopleider, share 50 %)” */
      g_autofree char *value = g_strdup_printf (_("%s (%s, share %s)"), opl_export_pdf_person_name (builder, id),
                                                opl_export_pdf_role_label (person != NULL ? opl_export_record_get_string (person, "role") : NULL),
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

void
opl_export_pdf_add_slot_fact (OplPdfDocument *document,
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
  time = opl_export_pdf_format_time_range (opl_export_record_get_int (slot, "start_minute", 0),
                                           opl_export_record_get_int (slot, "duration", 60));
  /* Translators: the weekly leergesprek: a weekday and a time range: “Tuesday 13:00–14:00” */
  value = g_strdup_printf (_("%s %s"), weekday, time);
  opl_pdf_document_add_fact (document, _("Weekly leergesprek"), value);
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
                              opl_export_pdf_person_name (builder, opl_export_record_get_string (selection, "aios_id")));
    case OPL_EXPORT_SCOPE_OPLEIDER:
      /* Translators: what an export is about: “The scholing of Anna de Vries” */
      return g_strdup_printf (_("The scholing of %s"),
                              opl_export_pdf_person_name (builder, opl_export_record_get_string (selection, "opleider_id")));
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
        g_strv_builder_add (names, opl_export_pdf_person_name (builder, opl_export_record_get_string (
                                                               json_array_get_object_element (opleiders, j), "opleider_id")));
      strv = g_strv_builder_end (names);
      opleider_text = g_strjoinv (", ", strv);

      cells[0] = opl_export_pdf_person_name (builder, opl_export_record_get_string (traject, "aios_id"));
      cells[1] = opl_export_pdf_format_phase (opl_export_record_get_int (traject, "phase", 1));
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
      opl_export_pdf_add_empty_note (document, _("Nothing was selected that makes a document."));
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

/* What a traject's documents are made of, in the bundle's order: its overview (0),
 * then the sections chosen. */
static const OplExportSections traject_sections[] = {
  0,
  OPL_EXPORT_SECTION_FORMS,
  OPL_EXPORT_SECTION_LEERGESPREKKEN,
  OPL_EXPORT_SECTION_KPB,
  OPL_EXPORT_SECTION_DIENSTEN,
};

static gboolean
build_traject_section (Builder            *builder,
                       JsonObject         *traject,
                       OplExportSections   section,
                       GError            **error)
{
  switch (section)
    {
    case OPL_EXPORT_SECTION_FORMS:
      return opl_export_pdf_build_forms (builder, traject, error);
    case OPL_EXPORT_SECTION_LEERGESPREKKEN:
      opl_export_pdf_build_leergesprekken (builder, traject);
      break;
    case OPL_EXPORT_SECTION_KPB:
      opl_export_pdf_build_kpb (builder, traject);
      break;
    case OPL_EXPORT_SECTION_DIENSTEN:
      opl_export_pdf_build_diensten (builder, traject);
      break;
    default:
      opl_export_pdf_build_traject (builder, traject);
    }

  return TRUE;
}

static gboolean
wants_section (OplExportSections sections,
               OplExportSections section)
{
  return section == 0 || (sections & section) != 0;
}

/* The documents of one traject, in the bundle's order. */
static gboolean
build_traject_documents (Builder            *builder,
                         JsonObject         *traject,
                         OplExportSections   sections,
                         GError            **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (traject_sections); i++)
    {
      if (wants_section (sections, traject_sections[i]) &&
          !build_traject_section (builder, traject, traject_sections[i], error))
        return FALSE;
    }

  return TRUE;
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
      if (!build_traject_documents (&builder, json_array_get_object_element (trajecten, i), sections, error))
        return NULL;
    }

  if (sections & OPL_EXPORT_SECTION_SCHOLING)
    opl_export_pdf_build_scholing_all (&builder);

  result = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (result, build_contents (&builder));
  for (guint i = 0; i < builder.documents->len; i++)
    g_ptr_array_add (result, g_object_ref (g_ptr_array_index (builder.documents, i)));

  return result;
}

/* Writing on more than one core (issue 19). Each part of a traject's documents (its
 * overview, forms, leergesprekken, KPB/KVB, diensten) and the scholing is a part. The
 * workers (the calling thread among them) take the parts in turn, the long ones first
 * (leergesprekken, then forms) so that they end together, and each lays out and writes
 * the documents of its part at once, under a name of the part's own: a document's
 * number comes from the documents before it, known only when all are laid out. Then
 * the calling thread gives every file its number and makes the contents, which count
 * the pages. A worker has a font map of its own (a Pango font map is not to be used by
 * two threads at once; one per worker, not per part, so that fonts are loaded and
 * shared texts laid out once for all the parts it takes). The files are the same, byte
 * for byte, as those of opl_export_pdf_build () written in turn. */
typedef struct
{
  OplExportBundle   *bundle;
  JsonObject        *traject;        /* NULL: the scholing */
  OplExportSections  section;        /* of the traject's; 0: its overview */
  guint              index;
  Builder            builder;
  const char        *directory;
  GError            *error;
} Part;

typedef struct
{
  GPtrArray         *parts;          /* Part, in the bundle's order */
  GArray            *order;          /* guint: the parts' indexes, in the order made */
  int                next;           /* the next of @order to make, atomically */
  PangoFontMap      *font_map;       /* the calling thread's, for the contents too */
} Work;

typedef struct
{
  Work              *work;
  PangoFontMap      *font_map;
  GThread           *thread;         /* NULL: the calling thread's, or none could be made */
} Worker;

static void
part_free (Part *part)
{
  builder_clear (&part->builder);
  g_clear_error (&part->error);
  g_free (part);
}

static Part *
part_new (OplExportBundle   *bundle,
          JsonObject        *traject,
          OplExportSections  section,
          guint              index,
          const char        *directory)
{
  Part *part = g_new0 (Part, 1);

  part->bundle = bundle;
  part->traject = traject;
  part->section = section;
  part->index = index;
  part->directory = directory;
  return part;
}

/* Where @part's document @document is written before it has its number. */
static char *
part_document_path (Part           *part,
                    OplPdfDocument *document)
{
  g_autofree char *name = g_strdup_printf (".part%03u-%s", part->index, opl_pdf_document_get_file_name (document));

  return g_build_filename (part->directory, name, NULL);
}

static void
part_make (Part         *part,
           PangoFontMap *font_map)
{
  builder_init (&part->builder, part->bundle, font_map);
  if (part->traject != NULL)
    build_traject_section (&part->builder, part->traject, part->section, &part->error);
  else
    opl_export_pdf_build_scholing_all (&part->builder);

  for (guint i = 0; part->error == NULL && i < part->builder.documents->len; i++)
    {
      OplPdfDocument *document = g_ptr_array_index (part->builder.documents, i);
      g_autofree char *path = part_document_path (part, document);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      opl_pdf_document_write_file (document, file, NULL, &part->error);
    }
}

static gpointer
work_thread (gpointer data)
{
  Worker *worker = data;
  Work *work = worker->work;
  int i;

  while ((i = g_atomic_int_add (&work->next, 1)) < (int) work->order->len)
    part_make (g_ptr_array_index (work->parts, g_array_index (work->order, guint, i)), worker->font_map);

  return NULL;
}

/* The parts of @bundle into @work: each traject's, then the scholing, as
 * opl_export_pdf_build () has them; and the order to make them in. */
static void
work_init (Work            *work,
           OplExportBundle *bundle,
           const char      *directory)
{
  OplExportSections sections = opl_export_bundle_get_sections (bundle);
  JsonArray *trajecten = opl_export_bundle_get_section (bundle, OPL_EXPORT_TRAJECTEN);
  static const OplExportSections longest_first[] = { OPL_EXPORT_SECTION_LEERGESPREKKEN, OPL_EXPORT_SECTION_FORMS };

  work->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  work->order = g_array_new (FALSE, FALSE, sizeof (guint));
  work->font_map = pango_cairo_font_map_new ();
  for (guint t = 0; t < json_array_get_length (trajecten); t++)
    {
      for (guint s = 0; s < G_N_ELEMENTS (traject_sections); s++)
        {
          if (wants_section (sections, traject_sections[s]))
            g_ptr_array_add (work->parts, part_new (bundle, json_array_get_object_element (trajecten, t),
                                                    traject_sections[s], work->parts->len, directory));
        }
    }
  if (sections & OPL_EXPORT_SECTION_SCHOLING)
    g_ptr_array_add (work->parts, part_new (bundle, NULL, 0, work->parts->len, directory));

  for (guint pass = 0; pass <= G_N_ELEMENTS (longest_first); pass++)
    {
      for (guint p = 0; p < work->parts->len; p++)
        {
          Part *part = g_ptr_array_index (work->parts, p);
          guint rank = G_N_ELEMENTS (longest_first);

          for (guint l = 0; l < G_N_ELEMENTS (longest_first); l++)
            {
              if (part->traject != NULL && part->section == longest_first[l])
                rank = l;
            }
          if (rank == pass)
            g_array_append_val (work->order, p);
        }
    }
}

static void
work_clear (Work *work)
{
  g_clear_pointer (&work->parts, g_ptr_array_unref);
  g_clear_pointer (&work->order, g_array_unref);
  g_clear_object (&work->font_map);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Work, work_clear)

/* Makes every part on as many threads as there are cores, the calling one among them. */
static void
work_run (Work *work)
{
  guint n_workers = CLAMP (g_get_num_processors (), 1, MAX (work->parts->len, 1));
  g_autofree Worker *workers = g_new0 (Worker, n_workers);

  workers[0].work = work;
  workers[0].font_map = g_object_ref (work->font_map);
  for (guint i = 1; i < n_workers; i++)
    {
      workers[i].work = work;
      workers[i].font_map = pango_cairo_font_map_new ();
      workers[i].thread = g_thread_try_new ("opl-export-pdf", work_thread, &workers[i], NULL);
    }

  work_thread (&workers[0]);
  for (guint i = 0; i < n_workers; i++)
    {
      if (workers[i].thread != NULL)
        g_thread_join (workers[i].thread);
      g_object_unref (workers[i].font_map);
    }
}

/* Renames @part's files to their numbers in the bundle's order (after the contents, 00),
 * as opl_export_pdf_add_document () numbers them when one builder makes them all, and
 * adds its documents to @builder (the contents'). */
static gboolean
number_part (Part     *part,
             Builder  *builder,
             GError  **error)
{
  for (guint i = 0; i < part->builder.documents->len; i++)
    {
      OplPdfDocument *document = g_ptr_array_index (part->builder.documents, i);
      g_autofree char *from = part_document_path (part, document);
      const char *stem = strchr (opl_pdf_document_get_file_name (document), '-');
      g_autofree char *name = g_strdup_printf ("%02u%s", builder->documents->len + 1, stem);
      g_autofree char *to = g_build_filename (part->directory, name, NULL);

      if (g_rename (from, to) != 0)
        {
          int saved = errno;

          g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_WRITE,
                       /* Translators: the first %s is a file or folder, the second why it failed */
                       _("Could not write “%s”: %s"), to, g_strerror (saved));
          return FALSE;
        }
      opl_pdf_document_set_file_name (document, name);
      g_ptr_array_add (builder->documents, g_object_ref (document));
    }

  return TRUE;
}

/**
 * opl_export_pdf_write_all:
 * @directory: an existing folder (empty: the bundle's pdf/)
 *
 * Writes every PDF of opl_export_pdf_build() into @directory, the same files, laid
 * out and written on as many threads as there are cores. An %OplExportRenderFunc for
 * opl_export_write().
 *
 * Returns: whether all were written; %FALSE with @error (some may have been written:
 *   the writer removes the folder)
 */
gboolean
opl_export_pdf_write_all (OplExportBundle  *bundle,
                          const char       *directory,
                          GError          **error)
{
  g_auto(Builder) builder = { NULL };
  g_auto(Work) work = { NULL };
  g_autoptr(OplPdfDocument) contents = NULL;
  g_autofree char *contents_path = NULL;
  g_autoptr(GFile) contents_file = NULL;

  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (bundle), FALSE);
  g_return_val_if_fail (directory != NULL, FALSE);

  work_init (&work, bundle, directory);
  work_run (&work);

  /* The first failure, in the bundle's order. */
  for (guint p = 0; p < work.parts->len; p++)
    {
      Part *part = g_ptr_array_index (work.parts, p);

      if (part->error != NULL)
        {
          g_propagate_error (error, g_steal_pointer (&part->error));
          return FALSE;
        }
    }

  builder_init (&builder, bundle, work.font_map);
  for (guint p = 0; p < work.parts->len; p++)
    {
      if (!number_part (g_ptr_array_index (work.parts, p), &builder, error))
        return FALSE;
    }

  contents = build_contents (&builder);
  contents_path = g_build_filename (directory, opl_pdf_document_get_file_name (contents), NULL);
  contents_file = g_file_new_for_path (contents_path);
  return opl_pdf_document_write_file (contents, contents_file, NULL, error);
}
