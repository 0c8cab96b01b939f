/* opl-export-bundle.h: an export bundle for the institute (issue 7), as one document.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A bundle is the JSON document of docs/export-schema.md ("format":
 * "opleidingspraktijk-export", "version": 1), held in memory with indexes. Everything
 * else is a view of it: the CSV tables (opl-export-csv.h), the PDFs (opl-export-pdf.h)
 * and the import (opl-store-export.h). A bundle comes either from the store
 * (opl_store_export_bundle(), for a selection, as the exporting profile may see it) or
 * from a file (opl_export_bundle_new_from_data(), validated completely). Once made, a
 * bundle never changes; every getter returns (transfer none) data owned by it.
 *
 * Records are JsonObjects whose members are named as in docs/export-schema.md (the
 * database's column names): every member is always present, %NULL values as JSON null,
 * dates as "YYYY-MM-DD", timestamps as "YYYY-MM-DDTHH:MM:SS.mmmZ", booleans as JSON
 * booleans. Use the opl_export_record_get_*() helpers to read them.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "opl-form-definition.h"

G_BEGIN_DECLS

#define OPL_EXPORT_FORMAT_NAME "opleidingspraktijk-export"
#define OPL_EXPORT_FORMAT_VERSION 1

/* Refused before parsing: a bundle's JSON (or the export.json inside a zip) larger
 * than this, more rows than this in one section, nesting deeper than this. */
#define OPL_EXPORT_MAX_BYTES (50 * 1024 * 1024)
#define OPL_EXPORT_MAX_ROWS 200000
#define OPL_EXPORT_MAX_DEPTH 32

#define OPL_EXPORT_ERROR (opl_export_error_quark ())

/**
 * OplExportError:
 * @OPL_EXPORT_ERROR_INVALID: the document breaks the schema; the message names the
 *   JSON path (`$.forms[3].answers[2].value`) and what is wrong there
 * @OPL_EXPORT_ERROR_NOT_A_BUNDLE: not JSON, not a zip with an export.json, or JSON of
 *   another format
 * @OPL_EXPORT_ERROR_VERSION: a bundle of a version this build does not read
 * @OPL_EXPORT_ERROR_TOO_LARGE: over %OPL_EXPORT_MAX_BYTES, %OPL_EXPORT_MAX_ROWS or
 *   %OPL_EXPORT_MAX_DEPTH
 * @OPL_EXPORT_ERROR_CONFLICT: the import found rows that exist with other contents;
 *   nothing was written (the message lists them)
 * @OPL_EXPORT_ERROR_OTHER_PRACTICE: the bundle is of another practice than the database
 * @OPL_EXPORT_ERROR_SELECTION: the selection names no one, or nothing to export
 * @OPL_EXPORT_ERROR_WRITE: the bundle could not be written; nothing was left behind
 * @OPL_EXPORT_ERROR_UNSUPPORTED: a format this build cannot write (PDF without renderer)
 */
typedef enum
{
  OPL_EXPORT_ERROR_INVALID,
  OPL_EXPORT_ERROR_NOT_A_BUNDLE,
  OPL_EXPORT_ERROR_VERSION,
  OPL_EXPORT_ERROR_TOO_LARGE,
  OPL_EXPORT_ERROR_CONFLICT,
  OPL_EXPORT_ERROR_OTHER_PRACTICE,
  OPL_EXPORT_ERROR_SELECTION,
  OPL_EXPORT_ERROR_WRITE,
  OPL_EXPORT_ERROR_UNSUPPORTED,
} OplExportError;

/**
 * OplExportScope:
 * @OPL_EXPORT_SCOPE_PRACTICE: the whole practice (what a copy of it needs)
 * @OPL_EXPORT_SCOPE_AIOS: the trajecten of one aios (of one opleidingsjaar when a year
 *   is given), with everything recorded on them
 * @OPL_EXPORT_SCOPE_YEAR: every traject that runs in an opleidingsjaar, the checklist
 *   ticks and every opleider's scholing of that year
 * @OPL_EXPORT_SCOPE_OPLEIDER: one opleider's scholing and checklist ticks of an
 *   opleidingsjaar (or of every year)
 */
typedef enum
{
  OPL_EXPORT_SCOPE_PRACTICE,
  OPL_EXPORT_SCOPE_AIOS,
  OPL_EXPORT_SCOPE_YEAR,
  OPL_EXPORT_SCOPE_OPLEIDER,
} OplExportScope;

/**
 * OplExportSections:
 * What goes in besides the frame (practice, the people involved, the trajecten with
 * their opleiders, shares, leave and leergesprek slot), which every bundle has.
 */
typedef enum
{
  OPL_EXPORT_SECTION_MOMENTS        = 1 << 0, /* due moments (schedule) and moments done */
  OPL_EXPORT_SECTION_LEERGESPREKKEN = 1 << 1, /* leergesprekken and the practice's closures */
  OPL_EXPORT_SECTION_CHECKLIST      = 1 << 2, /* checklist ticks */
  OPL_EXPORT_SECTION_FORMS          = 1 << 3, /* forms with their answers and definitions */
  OPL_EXPORT_SECTION_KPB            = 1 << 4, /* KPB/KVB entries (with their definitions) */
  OPL_EXPORT_SECTION_DIENSTEN       = 1 << 5, /* diensten */
  OPL_EXPORT_SECTION_SCHOLING       = 1 << 6, /* scholing, dispensation, leerpunten, HAO */
} OplExportSections;

#define OPL_EXPORT_SECTIONS_ALL ((OplExportSections) ((1 << 7) - 1))

/**
 * OplExportSelection:
 * @scope: what the bundle is about
 * @aios_id: the aios (%OPL_EXPORT_SCOPE_AIOS)
 * @opleider_id: the opleider (%OPL_EXPORT_SCOPE_OPLEIDER)
 * @year: the opleidingsjaar (named by the calendar year it starts in; LUMC: 1 September
 *   to 31 August), or 0 for all; required for %OPL_EXPORT_SCOPE_YEAR
 * @viewer_id: (nullable): the profile that exports: an aios's private forms (LEOh and
 *   ComBel self-assessment, design.md §7) go in only when this profile may see them;
 *   %NULL leaves every private unshared form out
 * @sections: what goes in (%OPL_EXPORT_SECTIONS_ALL for everything)
 * @today: (nullable): the day the due moments' states refer to; %NULL: today
 *   (opl_date_set_today(), so OPL_TODAY fixes it)
 * @exported_at: (nullable): the "exported_at" timestamp; %NULL: now, or noon UTC of
 *   OPL_TODAY when that is set (so that tests get the same document twice)
 */
typedef struct
{
  OplExportScope     scope;
  const char        *aios_id;
  const char        *opleider_id;
  int                year;
  const char        *viewer_id;
  OplExportSections  sections;
  const GDate       *today;
  const char        *exported_at;
} OplExportSelection;

#define OPL_EXPORT_SELECTION_INIT { OPL_EXPORT_SCOPE_PRACTICE, NULL, NULL, 0, NULL, OPL_EXPORT_SECTIONS_ALL, NULL, NULL }

/* The sections of the document, as the members of its root object. */
#define OPL_EXPORT_PEOPLE            "people"
#define OPL_EXPORT_TRAJECTEN         "trajecten"
#define OPL_EXPORT_CLOSURES          "closures"
#define OPL_EXPORT_CHECKLIST_TICKS   "checklist_ticks"
#define OPL_EXPORT_MOMENTS           "moments"
#define OPL_EXPORT_MOMENTS_DONE      "moments_done"
#define OPL_EXPORT_LEERGESPREKKEN    "leergesprekken"
#define OPL_EXPORT_FORM_DEFINITIONS  "form_definitions"
#define OPL_EXPORT_FORMS             "forms"
#define OPL_EXPORT_KPB_ENTRIES       "kpb_entries"
#define OPL_EXPORT_DIENSTEN          "diensten"
#define OPL_EXPORT_SCHOLING          "scholing"
#define OPL_EXPORT_DISPENSATIONS     "scholing_dispensations"
#define OPL_EXPORT_LEERPUNTEN        "leerpunten"
#define OPL_EXPORT_HAO_GESPREKKEN    "hao_gesprekken"

#define OPL_TYPE_EXPORT_BUNDLE (opl_export_bundle_get_type ())

G_DECLARE_FINAL_TYPE (OplExportBundle, opl_export_bundle, OPL, EXPORT_BUNDLE, GObject)

GQuark             opl_export_error_quark              (void);

OplExportBundle   *opl_export_bundle_new_from_data     (const char        *data,
                                                        gsize              length,
                                                        GError           **error) G_GNUC_WARN_UNUSED_RESULT;
OplExportBundle   *opl_export_bundle_new_from_file     (const char        *path,
                                                        GError           **error) G_GNUC_WARN_UNUSED_RESULT;

/* The document (docs/export-schema.md). */
JsonObject        *opl_export_bundle_get_root          (OplExportBundle   *self);
JsonObject        *opl_export_bundle_get_practice      (OplExportBundle   *self);
JsonObject        *opl_export_bundle_get_selection     (OplExportBundle   *self);
OplExportScope     opl_export_bundle_get_scope         (OplExportBundle   *self);
OplExportSections  opl_export_bundle_get_sections      (OplExportBundle   *self);
const GDate       *opl_export_bundle_get_today         (OplExportBundle   *self);
const char        *opl_export_bundle_get_exported_at   (OplExportBundle   *self);
guint              opl_export_bundle_get_n_omitted_private (OplExportBundle *self);

/* A section's rows, in the document's order; an empty array for a section that is
 * not in the bundle. @section is one of the OPL_EXPORT_* names above. */
JsonArray         *opl_export_bundle_get_section       (OplExportBundle   *self,
                                                        const char        *section);
JsonObject        *opl_export_bundle_lookup            (OplExportBundle   *self,
                                                        const char        *section,
                                                        const char        *id);
const char        *opl_export_bundle_get_person_name   (OplExportBundle   *self,
                                                        const char        *person_id);
OplFormDefinition *opl_export_bundle_get_form_definition (OplExportBundle *self,
                                                          const char      *definition_id,
                                                          int              version);
/* Rows of @section whose @member is @value (a traject's forms: "forms", "traject_id",
 * id), in the document's order. (transfer container) (element-type JsonObject) */
GPtrArray         *opl_export_bundle_filter            (OplExportBundle   *self,
                                                        const char        *section,
                                                        const char        *member,
                                                        const char        *value) G_GNUC_WARN_UNUSED_RESULT;

/* The canonical text: 2-space indentation, members in schema order, '\n' line ends,
 * a final newline; the same bundle always gives the same bytes. */
char              *opl_export_bundle_to_json           (OplExportBundle   *self) G_GNUC_WARN_UNUSED_RESULT;

/* Reading records. A missing or null member gives NULL / FALSE / @fallback. */
const char        *opl_export_record_get_string        (JsonObject        *record,
                                                        const char        *member);
gint64             opl_export_record_get_int           (JsonObject        *record,
                                                        const char        *member,
                                                        gint64             fallback);
double             opl_export_record_get_double        (JsonObject        *record,
                                                        const char        *member,
                                                        double             fallback);
gboolean           opl_export_record_get_boolean       (JsonObject        *record,
                                                        const char        *member);
gboolean           opl_export_record_get_date          (JsonObject        *record,
                                                        const char        *member,
                                                        GDate             *date);
JsonArray         *opl_export_record_get_array         (JsonObject        *record,
                                                        const char        *member);

/* The opleidingsjaar of a selection: named by the calendar year it starts in; LUMC:
 * 1 September to 31 August. */
int                opl_export_year_of_date             (const GDate       *date);
void               opl_export_year_bounds              (int                year,
                                                        GDate             *first,
                                                        GDate             *last);

const char        *opl_export_scope_to_string          (OplExportScope     scope);
const char        *opl_export_section_to_string        (OplExportSections  section);

G_END_DECLS
