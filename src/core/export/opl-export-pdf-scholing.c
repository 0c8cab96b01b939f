/* opl-export-pdf-scholing.c: an opleider's scholing in an export bundle.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One document per opleider with scholing recorded: each opleidingsjaar's days, counted
 * by the institute's rules, with the leergangen, the leerplan and the
 * HAO-voortgangsgesprekken.
 */

#define G_LOG_DOMAIN "opl-export-pdf"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-export-pdf-private.h"
#include "opl-institute.h"
#include "opl-scholing.h"

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

      date = opl_export_pdf_format_record_date (day, "date");
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
    opl_export_pdf_add_empty_note (document, _("No scholing registered in this opleidingsjaar."));
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
      g_autofree char *date = opl_export_pdf_format_record_date (row, "date");
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
  const char *name = opl_export_pdf_person_name (builder, person_id);
  g_autofree char *slug = opl_export_pdf_slugify (name);
  g_autofree char *stem = g_strdup_printf ("scholing-%s", slug != NULL ? slug : "opleider");
  /* Translators: the title of an opleider's scholing: “Scholing of Anna de Vries” */
  g_autofree char *title = g_strdup_printf (_("Scholing of %s"), name);
  OplPdfDocument *document;

  if (years->len == 0)
    return;

  document = opl_export_pdf_add_document (builder, title, title, stem);
  opl_pdf_document_add_title (document, title,
                              person != NULL ? opl_export_pdf_role_label (opl_export_record_get_string (person, "role")) : NULL);
  opl_pdf_document_add_fact (document, _("Opleider"), name);
  if (person != NULL && opl_export_record_get_int (person, "opleider_since", 0) > 0)
    {
      g_autofree char *since = g_strdup_printf ("%d", (int) opl_export_record_get_int (person, "opleider_since", 0));

      opl_pdf_document_add_fact (document, _("Opleider since"), since);
    }
  opl_export_pdf_add_part_of_export (builder, document);

  for (guint i = 0; i < years->len; i++)
    {
      int year = g_array_index (years, int, i);
      GDate first, last;
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;
      g_autofree char *heading = NULL;

      opl_export_year_bounds (year, &first, &last);
      from = opl_export_pdf_format_gdate (&first);
      to = opl_export_pdf_format_gdate (&last);
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
void
opl_export_pdf_build_scholing_all (Builder *builder)
{
  JsonArray *people = opl_export_bundle_get_section (builder->bundle, OPL_EXPORT_PEOPLE);

  for (guint i = 0; i < json_array_get_length (people); i++)
    {
      JsonObject *person = json_array_get_object_element (people, i);

      build_scholing (builder, opl_export_record_get_string (person, "id"));
    }
}
