/* opl-export-schema.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fields of every section of an export bundle, in document order, with the limits
 * of the database's CHECK constraints (opl-schema.c). Keep the three in step: a new
 * column is a new field here, a row in docs/export-schema.md, and a regenerated
 * docs/export-schema.json (the test 'export' compares it with this file).
 */

#define G_LOG_DOMAIN "opl-export"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-export-private.h"

/* Columns without a limit in the database still get one in a bundle. */
#define MAX_TEXT 1000000

#define FIELD(n, t, null, d, ...) { .name = n, .type = t, .nullable = null, .description = d, __VA_ARGS__ }
#define F_ID(d)                 FIELD ("id", OPL_FIELD_UUID, FALSE, d)
#define F_REF(n, r, d)          FIELD (n, OPL_FIELD_UUID, FALSE, d, .ref = r)
#define F_REF_NULL(n, r, d)     FIELD (n, OPL_FIELD_UUID, TRUE, d, .ref = r)
#define F_TEXT(n, lo, hi, d)    FIELD (n, OPL_FIELD_TEXT, FALSE, d, .min = lo, .max = hi)
#define F_TEXT_NULL(n, hi, d)   FIELD (n, OPL_FIELD_TEXT, TRUE, d, .min = 0, .max = hi)
#define F_MATCH(n, re, hi, d)   FIELD (n, OPL_FIELD_TEXT, FALSE, d, .min = 1, .max = hi, .pattern = re)
#define F_DATE(n, d)            FIELD (n, OPL_FIELD_DATE, FALSE, d)
#define F_DATE_NULL(n, d)       FIELD (n, OPL_FIELD_DATE, TRUE, d)
#define F_INT(n, lo, hi, d)     FIELD (n, OPL_FIELD_INT, FALSE, d, .min = lo, .max = hi)
#define F_INT_NULL(n, lo, hi, d) FIELD (n, OPL_FIELD_INT, TRUE, d, .min = lo, .max = hi)
#define F_REAL(n, lo, hi, d)    FIELD (n, OPL_FIELD_REAL, FALSE, d, .min_real = lo, .max_real = hi)
#define F_BOOL(n, d)            FIELD (n, OPL_FIELD_BOOL, FALSE, d)
#define F_ENUM(n, v, d)         FIELD (n, OPL_FIELD_ENUM, FALSE, d, .values = v)
#define F_AUDIT \
  FIELD ("created_at", OPL_FIELD_TIMESTAMP, FALSE, "When the row was made (UTC)"), \
  FIELD ("created_by", OPL_FIELD_UUID, TRUE, "The profile that made it (not checked against people)"), \
  FIELD ("changed_at", OPL_FIELD_TIMESTAMP, FALSE, "When it last changed (UTC), not before created_at"), \
  FIELD ("changed_by", OPL_FIELD_UUID, TRUE, "The profile that last changed it")

#define TABLE(var, n, id, d) \
  static const OplExportTable var = { n, d, var##_fields, G_N_ELEMENTS (var##_fields), id, FALSE }

static const char * const roles[] = {
  "hoofdopleider", "duo-opleider", "plaatsvervangend-opleider", "aios", "coassistent", NULL
};
static const char * const leave_kinds[] = { "ziekte", "zwangerschap", "verlof", "overig", NULL };
static const char * const moment_kinds[] = {
  "combel", "leoh", "voortgangsgesprek", "voortgangsadvies", "dienstenrapportage", NULL
};
static const char * const moment_states[] = { "upcoming", "due", "overdue", "done", NULL };
static const char * const who_values[] = { "aios", "opleider", "docent", "tutor", NULL };
static const char * const leergesprek_kinds[] = {
  "taakgericht", "persoonsgericht", "leerprocesgericht", "video", "combel-bespreking", "coassistent", NULL
};
static const char * const leergesprek_statuses[] = { "planned", "held", "cancelled", NULL };
static const char * const definition_kinds[] = {
  "combel", "leoh", "kpb", "kvb", "voortgangsadvies", "dienstenrapportage", NULL
};
static const char * const form_kinds[] = { "combel", "leoh", "voortgangsadvies", "dienstenrapportage", NULL };
static const char * const form_roles[] = { "aios", "opleider", "docent", NULL };
static const char * const form_states[] = { "draft", "final", "discussed", NULL };
static const char * const entry_kinds[] = { "kpb", "kvb", NULL };
static const char * const dienst_kinds[] = { "avond", "nacht", "weekend", "feestdag", NULL };
static const char * const scholing_kinds[] = {
  "startersdag", "leergang", "paralleldag", "opleiderstweedaagse", "leergang6-alternative", "other", NULL
};
static const char * const scopes[] = { "practice", "aios", "year", "opleider", NULL };
static const char * const section_names[] = {
  "moments", "leergesprekken", "checklist", "forms", "kpb", "diensten", "scholing", NULL
};

static const OplExportField practice_fields[] = {
  F_ID ("The practice"),
  F_TEXT ("name", 1, 200, "The practice's name"),
  F_TEXT ("institute", 1, 64, "The institute profile the practice follows (lumc)"),
  F_AUDIT,
};
TABLE (practice, "practice", TRUE, "The practice the bundle comes from (one per database)");

static const OplExportField people_fields[] = {
  F_ID ("A profile"),
  F_TEXT ("name", 1, 200, "The person's name"),
  F_ENUM ("role", roles, "Their role in the practice"),
  FIELD ("email", OPL_FIELD_TEXT, TRUE, "Their e-mail address", .max = 320, .pattern = ".+@.+"),
  F_INT_NULL ("opleider_since", 1950, 2200, "The year an opleider began as opleider"),
  F_BOOL ("archived", "Whether the profile is archived"),
  F_AUDIT,
};
TABLE (people, "people", TRUE, "The people the bundle names: aios, opleiders, assessors");

static const OplExportField opleiders_fields[] = {
  F_REF ("opleider_id", "people", "An opleider of the traject"),
  FIELD ("share", OPL_FIELD_REAL, FALSE, "Their share of the guidance, more than 0 and at most 1; "
         "the shares of a traject add up to at most 1",
         .min_real = 0.0, .max_real = 1.0, .exclusive_min = TRUE),
  F_AUDIT,
};
TABLE (opleiders, "opleiders", FALSE, "The opleiders of a traject with their share");

static const OplExportField leave_periods_fields[] = {
  F_ID ("A period of leave"),
  F_ENUM ("kind", leave_kinds, "What kind of interruption"),
  F_DATE ("start_date", "Its first day"),
  F_DATE ("end_date", "Its last day, not before start_date; periods of a traject do not overlap"),
  F_TEXT_NULL ("note", MAX_TEXT, "A note"),
  F_AUDIT,
};
TABLE (leave_periods, "leave_periods", TRUE, "Interruptions of a traject that move its later moments");

static const OplExportField slot_fields[] = {
  F_INT ("weekday", 1, 7, "The day of the week, 1 = Monday"),
  F_INT ("start_minute", 0, 1439, "The start, in minutes after midnight"),
  F_INT ("duration", 60, 1440, "The length in minutes, at least 60, ending by midnight"),
  F_DATE_NULL ("coschap_start", "The first day of a coschap the aios trains a coassistent in"),
  F_AUDIT,
};
TABLE (slot, "slot", FALSE, "The traject's fixed weekly leergesprek");

static const OplExportField trajecten_fields[] = {
  F_ID ("A traject (koppeling)"),
  F_REF ("aios_id", "people", "The aios"),
  F_INT ("phase", 1, 2, "Fase I (1, first year) or fase II (2, third year)"),
  F_DATE ("start_date", "The first day"),
  F_DATE_NULL ("end_date", "The last day, after start_date; null while it runs"),
  F_REAL ("parttime", 0.5, 1.0, "The part-time factor"),
  F_DATE_NULL ("bekwaamheidsverklaring_on", "The day of the bekwaamheidsverklaring (fase II only)"),
  F_AUDIT,
  FIELD ("opleiders", OPL_FIELD_CHILDREN, FALSE, "The opleiders and their shares", .child = &opleiders),
  FIELD ("leave_periods", OPL_FIELD_CHILDREN, FALSE, "Leave, by start date", .child = &leave_periods),
  FIELD ("slot", OPL_FIELD_CHILD, TRUE, "The weekly leergesprek, or null", .child = &slot),
};
TABLE (trajecten, "trajecten", TRUE, "The trajecten: an aios with their opleiders for a training year");

static const OplExportField closures_fields[] = {
  F_ID ("A closure"),
  F_DATE ("start_date", "Its first day"),
  F_DATE ("end_date", "Its last day, not before start_date"),
  F_TEXT ("reason", 0, MAX_TEXT, "Why the practice is closed"),
  F_AUDIT,
};
TABLE (closures, "closures", TRUE, "Holidays of the practice: weeks without leergesprek");

static const OplExportField checklist_ticks_fields[] = {
  F_ID ("A tick"),
  F_REF ("person_id", "people", "The opleider who ticked"),
  F_TEXT ("item_id", 1, 64, "The checklist item"),
  F_MATCH ("period_key", "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?|-W[0-9]{2}|-Q[1-4]|-H[12])?", 10,
           "The period: 2026-11-22, 2026-W47, 2026-11, 2026-Q4, 2026-H2 or 2026"),
  F_INT ("checklist_version", 1, G_MAXINT32, "The version of the checklist the item is from"),
  F_AUDIT,
};
TABLE (checklist_ticks, "checklist_ticks", TRUE, "Checklist items ticked, per opleider and period");

static const OplExportField moments_fields[] = {
  F_REF ("traject_id", "trajecten", "The traject"),
  F_ENUM ("kind", moment_kinds, "The kind of moment"),
  F_INT ("month", 1, 24, "The training month"),
  F_DATE ("due", "The day it is due"),
  FIELD ("who", OPL_FIELD_STRINGS, FALSE, "Who fills or attends it", .values = who_values),
  F_ENUM ("state", moment_states, "Its state on the bundle's 'today'"),
  F_DATE_NULL ("done_on", "The day it was marked done, if it was"),
};
static const OplExportTable moments = {
  "moments", "The due moments of each traject as the schedule computes them (derived: not imported)",
  moments_fields, G_N_ELEMENTS (moments_fields), FALSE, TRUE
};

static const OplExportField moments_done_fields[] = {
  F_ID ("A moment that took place"),
  F_REF ("traject_id", "trajecten", "The traject"),
  F_ENUM ("kind", moment_kinds, "The kind of moment"),
  F_INT ("month", 1, 24, "The training month"),
  F_DATE ("done_on", "The day it took place"),
  F_TEXT_NULL ("note", MAX_TEXT, "A note"),
  F_AUDIT,
};
TABLE (moments_done, "moments_done", TRUE, "Due moments recorded as done by hand");

static const OplExportField leergesprekken_fields[] = {
  F_ID ("A leergesprek"),
  F_REF ("traject_id", "trajecten", "The traject"),
  F_MATCH ("week_key", "[0-9]{4}-W[0-5][0-9]", 8, "The ISO week it belongs to"),
  F_DATE ("date", "Its day"),
  F_INT ("start_minute", 0, 1439, "The start, in minutes after midnight"),
  F_INT ("duration", 60, 1440, "The length in minutes, at least 60, ending by midnight"),
  F_ENUM ("kind", leergesprek_kinds, "The kind"),
  F_ENUM ("status", leergesprek_statuses, "Planned, held or cancelled"),
  F_REF_NULL ("opleider_id", "people", "The opleider who holds it"),
  F_TEXT ("agenda", 0, MAX_TEXT, "The aios's agenda"),
  F_TEXT ("notes", 0, MAX_TEXT, "Notes"),
  F_TEXT ("agreements", 0, MAX_TEXT, "Agreements"),
  F_TEXT ("top", 0, MAX_TEXT, "A top"),
  F_TEXT ("tip", 0, MAX_TEXT, "A tip"),
  F_TEXT ("cancel_reason", 0, MAX_TEXT, "Why it was cancelled (required when cancelled)"),
  F_AUDIT,
};
TABLE (leergesprekken, "leergesprekken", TRUE, "The weekly leergesprekken");

static const OplExportField form_definitions_fields[] = {
  F_ID ("The stored definition"),
  F_TEXT ("definition_id", 1, 64, "The definition's id"),
  F_INT ("version", 1, G_MAXINT32, "Its version"),
  F_ENUM ("kind", definition_kinds, "The kind of form"),
  F_MATCH ("checksum", "[0-9a-f]{64}", 64, "SHA-256 of json"),
  F_TEXT ("json", 1, OPL_EXPORT_MAX_BYTES, "The definition's exact text (docs/form-definitions.md)"),
  F_AUDIT,
};
TABLE (form_definitions, "form_definitions", TRUE,
       "The form definitions the bundle's forms and KPB/KVB were filled against");

static const OplExportField answers_fields[] = {
  F_ID ("An answer"),
  F_TEXT ("item_id", 1, 64, "The item of the form's definition"),
  F_TEXT_NULL ("value", 20000, "The value, valid for the item (a scale option, a number, text)"),
  F_TEXT ("note", 0, 20000, "A note"),
  F_AUDIT,
};
TABLE (answers, "answers", TRUE, "The answers of a form, by item");

static const OplExportField forms_fields[] = {
  F_ID ("A form"),
  F_TEXT ("definition_id", 1, 64, "The definition it was filled against"),
  F_INT ("definition_version", 1, G_MAXINT32, "The version of that definition"),
  F_ENUM ("kind", form_kinds, "The kind, the definition's"),
  F_REF ("traject_id", "trajecten", "The traject"),
  F_REF ("subject_id", "people", "Whom it is about"),
  F_REF ("author_id", "people", "Who fills it"),
  F_ENUM ("author_role", form_roles, "As what the author fills it"),
  F_INT_NULL ("moment_month", 1, 24, "The training month of its moment, or null"),
  F_DATE ("form_date", "Its date"),
  F_ENUM ("state", form_states, "Draft, final (signed off) or discussed"),
  F_DATE_NULL ("finalized_on", "The day it was signed off (final and discussed forms)"),
  F_REF_NULL ("finalized_by", "people", "Who signed it off: its author"),
  F_DATE_NULL ("discussed_on", "The day it was discussed (discussed forms)"),
  F_BOOL ("shared", "Whether a private form (the aios's LEOh, ComBel self-assessment) was shared"),
  F_REF_NULL ("supersedes", "forms", "The final form this one is a new version of"),
  F_AUDIT,
  FIELD ("answers", OPL_FIELD_CHILDREN, FALSE, "The answers, by item id", .child = &answers),
};
TABLE (forms, "forms", TRUE, "Forms: ComBel, LEOh, voortgangsadvies, voortgangsrapportage diensten");

static const OplExportField kpb_entries_fields[] = {
  F_ID ("An entry"),
  F_REF ("traject_id", "trajecten", "The traject"),
  F_ENUM ("kind", entry_kinds, "KPB or KVB"),
  F_DATE ("entry_date", "Its day"),
  F_TEXT ("topic", 1, 500, "The topic"),
  F_TEXT ("competentiegebied", 1, 64, "The competentiegebied"),
  F_TEXT ("score", 1, 64, "The score, on the definition's scale"),
  F_TEXT ("feedback", 0, 20000, "Feedback"),
  F_REF_NULL ("assessor_id", "people", "Who assessed"),
  F_TEXT ("definition_id", 1, 64, "The KPB or KVB definition"),
  F_INT ("definition_version", 1, G_MAXINT32, "Its version"),
  F_AUDIT,
};
TABLE (kpb_entries, "kpb_entries", TRUE, "KPB/KVB entries");

static const OplExportField diensten_fields[] = {
  F_ID ("A dienst"),
  F_REF ("traject_id", "trajecten", "The traject"),
  F_DATE ("dienst_date", "Its day"),
  F_ENUM ("kind", dienst_kinds, "Avond, nacht, weekend or feestdag"),
  F_REF_NULL ("with_person_id", "people", "The opleider it was done with"),
  F_TEXT ("with_name", 0, 200, "Or the name of whom it was done with"),
  F_BOOL ("at_distance", "Under supervision at a distance"),
  F_TEXT ("note", 0, 20000, "A note"),
  F_AUDIT,
};
TABLE (diensten, "diensten", TRUE, "Diensten at the huisartsenpost");

static const OplExportField scholing_fields[] = {
  F_ID ("A registered (half) day of scholing"),
  F_REF ("person_id", "people", "The opleider"),
  F_DATE ("date", "Its day; at most one day of scholing on one date"),
  F_ENUM ("kind", scholing_kinds, "The kind of scholing"),
  F_INT_NULL ("leergang", 1, 6, "The leergang (only for kind leergang)"),
  F_INT_NULL ("leergang_day", 1, 8, "The day of the leergang (only for kind leergang)"),
  F_TEXT_NULL ("alternative", 64, "The alternative to leergang 6 (only for kind leergang6-alternative)"),
  F_TEXT ("title", 0, 200, "What it was (required for kind other)"),
  F_BOOL ("half_day", "A half day"),
  F_BOOL ("attended", "Attended (or missed)"),
  F_BOOL ("replacement_done", "The replacement assignment for a missed or half leergang day was done"),
  F_TEXT ("note", 0, 2000, "A note"),
  F_AUDIT,
};
TABLE (scholing, "scholing", TRUE, "The opleider's registered scholingsdagen");

static const OplExportField dispensations_fields[] = {
  F_ID ("A dispensation"),
  F_REF ("person_id", "people", "The opleider"),
  F_INT ("year", 1950, 2200, "The opleidingsjaar; one dispensation per opleider and year"),
  F_REAL ("days", 0.5, 60.0, "The scholingsdagen dispensed, in half days"),
  F_TEXT ("reason", 1, 500, "Why"),
  F_AUDIT,
};
TABLE (dispensations, "scholing_dispensations", TRUE, "Dispensation from a year's scholingsdagen");

static const OplExportField leerpunten_fields[] = {
  F_ID ("A leerpunt"),
  F_REF ("person_id", "people", "The opleider"),
  F_INT ("year", 1950, 2200, "The opleidingsjaar of the leerplan"),
  F_INT ("position", 0, G_MAXINT32, "Its place in the leerplan"),
  F_TEXT ("text", 1, 500, "The leerpunt"),
  F_BOOL ("achieved", "Whether it was achieved"),
  F_AUDIT,
};
TABLE (leerpunten, "leerpunten", TRUE, "The leerplan of an opleider's year");

static const OplExportField hao_gesprekken_fields[] = {
  F_ID ("A HAO-voortgangsgesprek"),
  F_REF ("person_id", "people", "The opleider"),
  F_DATE ("date", "The day it took place; one per opleider and day"),
  F_TEXT ("note", 0, 2000, "A note"),
  F_AUDIT,
};
TABLE (hao_gesprekken, "hao_gesprekken", TRUE, "The opleider's HAO-voortgangsgesprekken with the opleiderscoach");

static const OplExportField selection_fields[] = {
  F_ENUM ("scope", scopes, "What the bundle is about: the practice, an aios, a year or an opleider"),
  F_REF_NULL ("aios_id", "people", "The aios (scope aios)"),
  F_REF_NULL ("opleider_id", "people", "The opleider (scope opleider)"),
  F_INT_NULL ("year", 1950, 2200, "The opleidingsjaar, by the year it starts in; null for all"),
  F_DATE_NULL ("first", "The first day of that opleidingsjaar"),
  F_DATE_NULL ("last", "Its last day"),
  FIELD ("profile_id", OPL_FIELD_UUID, TRUE, "The profile that exported (decides which private forms are in)"),
  FIELD ("sections", OPL_FIELD_STRINGS, FALSE, "What was chosen to go in", .values = section_names),
  F_INT ("omitted_private_forms", 0, G_MAXINT32, "Private forms left out because the profile may not see them"),
};
static const OplExportTable selection = {
  "selection", "What the user chose to export", selection_fields, G_N_ELEMENTS (selection_fields), FALSE, FALSE
};

static const OplExportTable * const sections[] = {
  &practice,
  &people,
  &trajecten,
  &closures,
  &checklist_ticks,
  &moments,
  &moments_done,
  &leergesprekken,
  &form_definitions,
  &forms,
  &kpb_entries,
  &diensten,
  &scholing,
  &dispensations,
  &leerpunten,
  &hao_gesprekken,
};

const OplExportTable * const *
opl_export_schema_get_sections (guint *n_sections)
{
  *n_sections = G_N_ELEMENTS (sections);
  return sections;
}

const OplExportTable *
opl_export_schema_lookup (const char *section)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_strcmp0 (sections[i]->name, section) == 0)
        return sections[i];
    }

  return NULL;
}

const OplExportTable *
opl_export_schema_get_selection (void)
{
  return &selection;
}

const OplExportField *
opl_export_table_lookup_field (const OplExportTable *table,
                               const char           *name)
{
  for (guint i = 0; i < table->n_fields; i++)
    {
      if (strcmp (table->fields[i].name, name) == 0)
        return &table->fields[i];
    }

  return NULL;
}

/* ---- checking one record ---------------------------------------------------------- */

static gboolean
invalid (GError     **error,
         const char  *path,
         const char  *member,
         const char  *format,
         ...) G_GNUC_PRINTF (4, 5);

static gboolean
invalid (GError     **error,
         const char  *path,
         const char  *member,
         const char  *format,
         ...)
{
  g_autofree char *problem = NULL;
  g_autofree char *raw = NULL;
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  /* The member's name may come from the bundle (an unknown member): all on one line. */
  raw = member != NULL ? g_strdup_printf ("%s.%s: %s", path, member, problem)
                       : g_strdup_printf ("%s: %s", path, problem);
  message = opl_export_one_line (raw);
  g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID, message);
  return FALSE;
}

static const char *
node_type_name (JsonNode *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      return _("an object");
    case JSON_NODE_ARRAY:
      return _("an array");
    case JSON_NODE_NULL:
      return _("null");
    case JSON_NODE_VALUE:
    default:
      break;
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("a boolean");
    case G_TYPE_DOUBLE:
      return _("a decimal number");
    default:
      return _("a number");
    }
}

static gboolean
is_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

/* The length SQLite's length() gives after its trim(): spaces only. */
static glong
trimmed_length (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start == ' ')
    start++;
  while (end > start && end[-1] == ' ')
    end--;
  return g_utf8_strlen (start, end - start);
}

/* The fields' patterns, compiled once (a bundle may hold 200 000 rows). */
static gboolean
matches (const char *pattern,
         const char *text)
{
  static GMutex lock;
  static GHashTable *compiled;
  GRegex *regex;

  g_mutex_lock (&lock);
  if (compiled == NULL)
    compiled = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_regex_unref);
  regex = g_hash_table_lookup (compiled, pattern);
  if (regex == NULL)
    {
      g_autofree char *anchored = g_strdup_printf ("^(?:%s)$", pattern);

      regex = g_regex_new (anchored, G_REGEX_DOLLAR_ENDONLY | G_REGEX_OPTIMIZE, 0, NULL);
      g_assert (regex != NULL);
      g_hash_table_insert (compiled, (gpointer) pattern, regex);
    }
  g_mutex_unlock (&lock);

  return g_regex_match (regex, text, 0, NULL);
}

gboolean
opl_export_is_timestamp (const char *text)
{
  g_autofree char *day = NULL;
  GDate date;
  gsize length = strlen (text);

  if (length < 12 || length > 40 || text[10] != 'T' || text[length - 1] != 'Z')
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("-:.+TZ", *p) == NULL)
        return FALSE;
    }

  day = g_strndup (text, 10);
  return opl_date_parse_iso (day, &date);
}

/**
 * opl_export_check_date_range:
 * @text: a real date, or a timestamp (its first ten characters a real date)
 * @where: the JSON path of @text, for the message
 *
 * No practice has records before %OPL_EXPORT_FIRST_YEAR or after %OPL_EXPORT_LAST_YEAR:
 * the years an opleidingsjaar and opleider_since may have in the database. A date out
 * of them is a typing mistake (0026 for 2026, 1026, 3026), refused like every other.
 */
gboolean
opl_export_check_date_range (const char  *text,
                             const char  *where,
                             GError     **error)
{
  guint64 year = g_ascii_strtoull (text, NULL, 10);

  if (year >= OPL_EXPORT_FIRST_YEAR && year <= OPL_EXPORT_LAST_YEAR)
    return TRUE;

  g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_INVALID,
               /* Translators: the first %s is a JSON path ($.leergesprekken[3].date), the
                * second the date the bundle has there; then the first and last year */
               _("%s: “%s” is before %d or after %d; a practice has no records then"),
               where, text, OPL_EXPORT_FIRST_YEAR, OPL_EXPORT_LAST_YEAR);
  return FALSE;
}

static gboolean
check_text (const OplExportField  *field,
            const char            *text,
            const char            *path,
            GError               **error)
{
  glong length;

  if (!g_utf8_validate (text, -1, NULL))
    return invalid (error, path, field->name, "%s", _("the text is not valid UTF-8"));

  length = g_utf8_strlen (text, -1);
  if (length > field->max)
    return invalid (error, path, field->name, _("the text is %ld characters long; at most %lld fit"),
                    length, (long long) field->max);
  if (field->min > 0 && trimmed_length (text) < field->min)
    return invalid (error, path, field->name, "%s", _("the text is empty"));
  if (field->pattern != NULL && !matches (field->pattern, text))
    return invalid (error, path, field->name, _("“%s” is not of the form %s"), text, field->pattern);

  return TRUE;
}

static gboolean
is_in (const char * const *values,
       const char         *text)
{
  return g_strv_contains ((const char * const *) values, text);
}

static JsonNode *
check_strings (const OplExportField  *field,
               JsonNode              *node,
               const char            *path,
               GError               **error)
{
  g_autoptr(JsonArray) out = json_array_new ();
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      invalid (error, path, field->name, _("expected an array of strings, found %s"), node_type_name (node));
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      g_autofree char *where = g_strdup_printf ("%s.%s[%u]", path, field->name, i);

      if (!is_string (element) || !is_in (field->values, json_node_get_string (element)))
        {
          g_autofree char *list = g_strjoinv (", ", (char **) field->values);

          invalid (error, where, NULL, _("expected one of %s"), list);
          return NULL;
        }
      json_array_add_string_element (out, json_node_get_string (element));
    }

  return json_node_init_array (json_node_alloc (), out);
}

static JsonNode *
check_children (const OplExportField  *field,
                JsonNode              *node,
                const char            *path,
                GError               **error)
{
  g_autoptr(JsonArray) out = json_array_new ();
  JsonArray *array;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      invalid (error, path, field->name, _("expected an array, found %s"), node_type_name (node));
      return NULL;
    }

  array = json_node_get_array (node);
  if (json_array_get_length (array) > OPL_EXPORT_MAX_ROWS)
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_TOO_LARGE,
                   _("%s.%s: %u rows; a bundle holds at most %d in one list"),
                   path, field->name, json_array_get_length (array), OPL_EXPORT_MAX_ROWS);
      return NULL;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("%s.%s[%u]", path, field->name, i);
      JsonObject *row = opl_export_schema_check_record (field->child, json_array_get_element (array, i),
                                                        where, error);

      if (row == NULL)
        return NULL;
      json_array_add_object_element (out, row);
    }

  return json_node_init_array (json_node_alloc (), out);
}

/* Checks one member's value against @field; returns the normalised node (a REAL as a
 * double even when written as 1), or %NULL with @error set. */
static JsonNode *
check_value (const OplExportField  *field,
             JsonNode              *node,
             const char            *path,
             GError               **error)
{
  if (JSON_NODE_HOLDS_NULL (node))
    {
      if (field->nullable)
        return json_node_init_null (json_node_alloc ());
      invalid (error, path, field->name, "%s", _("a value is required here, found null"));
      return NULL;
    }

  switch (field->type)
    {
    case OPL_FIELD_UUID:
    case OPL_FIELD_TEXT:
    case OPL_FIELD_DATE:
    case OPL_FIELD_TIMESTAMP:
    case OPL_FIELD_ENUM:
      {
        const char *text;
        GDate date;

        if (!is_string (node))
          {
            invalid (error, path, field->name, _("expected a string, found %s"), node_type_name (node));
            return NULL;
          }
        text = json_node_get_string (node);

        if (field->type == OPL_FIELD_UUID && !g_uuid_string_is_valid (text))
          {
            invalid (error, path, field->name, _("“%s” is not a UUID"), text);
            return NULL;
          }
        if (field->type == OPL_FIELD_DATE && !opl_date_parse_iso (text, &date))
          {
            invalid (error, path, field->name, _("“%s” is not a real date written as YYYY-MM-DD"), text);
            return NULL;
          }
        if (field->type == OPL_FIELD_TIMESTAMP && !opl_export_is_timestamp (text))
          {
            invalid (error, path, field->name, _("“%s” is not a time written as YYYY-MM-DDTHH:MM:SSZ"), text);
            return NULL;
          }
        if (field->type == OPL_FIELD_DATE || field->type == OPL_FIELD_TIMESTAMP)
          {
            g_autofree char *where = g_strdup_printf ("%s.%s", path, field->name);

            if (!opl_export_check_date_range (text, where, error))
              return NULL;
          }
        if (field->type == OPL_FIELD_ENUM && !is_in (field->values, text))
          {
            g_autofree char *list = g_strjoinv (", ", (char **) field->values);

            invalid (error, path, field->name, _("“%s” is not one of %s"), text, list);
            return NULL;
          }
        if (field->type == OPL_FIELD_TEXT && !check_text (field, text, path, error))
          return NULL;

        return json_node_init_string (json_node_alloc (), text);
      }

    case OPL_FIELD_INT:
      {
        gint64 value;

        if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
          {
            invalid (error, path, field->name, _("expected a whole number, found %s"), node_type_name (node));
            return NULL;
          }
        value = json_node_get_int (node);
        if (value < field->min || value > field->max)
          {
            invalid (error, path, field->name, _("%lld is not from %lld to %lld"),
                     (long long) value, (long long) field->min, (long long) field->max);
            return NULL;
          }
        return json_node_init_int (json_node_alloc (), value);
      }

    case OPL_FIELD_REAL:
      {
        GType type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
        double value;

        if (type != G_TYPE_INT64 && type != G_TYPE_DOUBLE)
          {
            invalid (error, path, field->name, _("expected a number, found %s"), node_type_name (node));
            return NULL;
          }
        value = type == G_TYPE_INT64 ? (double) json_node_get_int (node) : json_node_get_double (node);
        if (!(value >= field->min_real && value <= field->max_real) ||
            (field->exclusive_min && value <= field->min_real))
          {
            char text[G_ASCII_DTOSTR_BUF_SIZE];

            invalid (error, path, field->name, _("%s is out of range"), g_ascii_dtostr (text, sizeof text, value));
            return NULL;
          }
        return json_node_init_double (json_node_alloc (), value);
      }

    case OPL_FIELD_BOOL:
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        {
          invalid (error, path, field->name, _("expected true or false, found %s"), node_type_name (node));
          return NULL;
        }
      return json_node_init_boolean (json_node_alloc (), json_node_get_boolean (node));

    case OPL_FIELD_STRINGS:
      return check_strings (field, node, path, error);

    case OPL_FIELD_CHILDREN:
      return check_children (field, node, path, error);

    case OPL_FIELD_CHILD:
      {
        g_autofree char *where = g_strdup_printf ("%s.%s", path, field->name);
        JsonObject *child = opl_export_schema_check_record (field->child, node, where, error);

        return child != NULL ? json_node_init_object (json_node_alloc (), child) : NULL;
      }

    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * opl_export_schema_check_record:
 * @path: where @node is, for messages ("$.forms[3]")
 *
 * Checks that @node is an object with exactly @table's members, each of its type and
 * within its limits, nested rows included.
 *
 * Returns: (transfer full): a new object with the members in @table's order, or %NULL
 *   with @error naming the path and the problem
 */
JsonObject *
opl_export_schema_check_record (const OplExportTable  *table,
                                JsonNode              *node,
                                const char            *path,
                                GError               **error)
{
  g_autoptr(JsonObject) out = json_object_new ();
  g_autoptr(GList) members = NULL;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      invalid (error, path, NULL, _("expected an object, found %s"), node_type_name (node));
      return NULL;
    }

  object = json_node_get_object (node);
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      if (opl_export_table_lookup_field (table, l->data) == NULL)
        {
          invalid (error, path, l->data, "%s", _("unknown member"));
          return NULL;
        }
    }

  for (guint i = 0; i < table->n_fields; i++)
    {
      const OplExportField *field = &table->fields[i];
      JsonNode *member = json_object_get_member (object, field->name);
      JsonNode *value;

      if (member == NULL)
        {
          invalid (error, path, field->name, "%s", _("missing"));
          return NULL;
        }

      value = check_value (field, member, path, error);
      if (value == NULL)
        return NULL;
      json_object_set_member (out, field->name, value);
    }

  return g_steal_pointer (&out);
}

/* ---- the JSON Schema -------------------------------------------------------------- */

#define UUID_PATTERN "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$"
/* Years OPL_EXPORT_FIRST_YEAR to OPL_EXPORT_LAST_YEAR (opl_export_check_date_range()). */
#define YEAR_PATTERN "(19[5-9][0-9]|20[0-9]{2}|21[0-9]{2}|2200)"
#define DATE_PATTERN "^" YEAR_PATTERN "-[0-9]{2}-[0-9]{2}$"
#define TIMESTAMP_PATTERN "^" YEAR_PATTERN "-[0-9]{2}-[0-9]{2}T[0-9A-Za-z:.+-]*Z$"

static void
add_type (JsonBuilder *builder,
          const char  *type,
          gboolean     nullable)
{
  json_builder_set_member_name (builder, "type");
  if (!nullable)
    {
      json_builder_add_string_value (builder, type);
      return;
    }

  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, type);
  json_builder_add_string_value (builder, "null");
  json_builder_end_array (builder);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_int_member (JsonBuilder *builder,
                const char  *name,
                gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_enum (JsonBuilder        *builder,
          const char * const *values,
          gboolean            nullable)
{
  json_builder_set_member_name (builder, "enum");
  json_builder_begin_array (builder);
  for (guint i = 0; values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  if (nullable)
    json_builder_add_null_value (builder);
  json_builder_end_array (builder);
}

static void
add_ref (JsonBuilder *builder,
         const char  *definition)
{
  g_autofree char *ref = g_strconcat ("#/$defs/", definition, NULL);

  add_string_member (builder, "$ref", ref);
}

static void
add_field_schema (JsonBuilder          *builder,
                  const OplExportField *field)
{
  json_builder_begin_object (builder);
  add_string_member (builder, "description", field->description);

  switch (field->type)
    {
    case OPL_FIELD_UUID:
      add_type (builder, "string", field->nullable);
      add_string_member (builder, "pattern", UUID_PATTERN);
      break;
    case OPL_FIELD_TEXT:
      add_type (builder, "string", field->nullable);
      if (field->min > 0)
        add_int_member (builder, "minLength", field->min);
      add_int_member (builder, "maxLength", field->max);
      if (field->pattern != NULL)
        {
          g_autofree char *anchored = g_strdup_printf ("^(?:%s)$", field->pattern);

          add_string_member (builder, "pattern", anchored);
        }
      break;
    case OPL_FIELD_DATE:
      add_type (builder, "string", field->nullable);
      add_string_member (builder, "format", "date");
      add_string_member (builder, "pattern", DATE_PATTERN);
      break;
    case OPL_FIELD_TIMESTAMP:
      add_type (builder, "string", field->nullable);
      add_string_member (builder, "pattern", TIMESTAMP_PATTERN);
      break;
    case OPL_FIELD_INT:
      add_type (builder, "integer", field->nullable);
      add_int_member (builder, "minimum", field->min);
      add_int_member (builder, "maximum", field->max);
      break;
    case OPL_FIELD_REAL:
      add_type (builder, "number", field->nullable);
      json_builder_set_member_name (builder, field->exclusive_min ? "exclusiveMinimum" : "minimum");
      json_builder_add_double_value (builder, field->min_real);
      json_builder_set_member_name (builder, "maximum");
      json_builder_add_double_value (builder, field->max_real);
      break;
    case OPL_FIELD_BOOL:
      add_type (builder, "boolean", field->nullable);
      break;
    case OPL_FIELD_ENUM:
      add_type (builder, "string", field->nullable);
      add_enum (builder, field->values, field->nullable);
      break;
    case OPL_FIELD_STRINGS:
      add_type (builder, "array", FALSE);
      json_builder_set_member_name (builder, "items");
      json_builder_begin_object (builder);
      add_type (builder, "string", FALSE);
      add_enum (builder, field->values, FALSE);
      json_builder_end_object (builder);
      break;
    case OPL_FIELD_CHILDREN:
      add_type (builder, "array", FALSE);
      add_int_member (builder, "maxItems", OPL_EXPORT_MAX_ROWS);
      json_builder_set_member_name (builder, "items");
      json_builder_begin_object (builder);
      add_ref (builder, field->child->name);
      json_builder_end_object (builder);
      break;
    case OPL_FIELD_CHILD:
      json_builder_set_member_name (builder, "anyOf");
      json_builder_begin_array (builder);
      json_builder_begin_object (builder);
      add_ref (builder, field->child->name);
      json_builder_end_object (builder);
      if (field->nullable)
        {
          json_builder_begin_object (builder);
          add_type (builder, "null", FALSE);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      break;
    default:
      g_assert_not_reached ();
    }

  json_builder_end_object (builder);
}

static void
add_table_schema (JsonBuilder          *builder,
                  const OplExportTable *table)
{
  json_builder_set_member_name (builder, table->name);
  json_builder_begin_object (builder);
  add_string_member (builder, "description", table->description);
  add_type (builder, "object", FALSE);
  json_builder_set_member_name (builder, "additionalProperties");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_set_member_name (builder, "required");
  json_builder_begin_array (builder);
  for (guint i = 0; i < table->n_fields; i++)
    json_builder_add_string_value (builder, table->fields[i].name);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "properties");
  json_builder_begin_object (builder);
  for (guint i = 0; i < table->n_fields; i++)
    {
      json_builder_set_member_name (builder, table->fields[i].name);
      add_field_schema (builder, &table->fields[i]);
    }
  json_builder_end_object (builder);
  json_builder_end_object (builder);
}

static void
add_nested_tables (JsonBuilder          *builder,
                   const OplExportTable *table)
{
  for (guint i = 0; i < table->n_fields; i++)
    {
      const OplExportTable *child = table->fields[i].child;

      if (child != NULL)
        {
          add_table_schema (builder, child);
          add_nested_tables (builder, child);
        }
    }
}

static void
add_root_properties (JsonBuilder *builder)
{
  json_builder_set_member_name (builder, "format");
  json_builder_begin_object (builder);
  add_string_member (builder, "const", OPL_EXPORT_FORMAT_NAME);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "version");
  json_builder_begin_object (builder);
  add_int_member (builder, "const", OPL_EXPORT_FORMAT_VERSION);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "exported_at");
  json_builder_begin_object (builder);
  add_string_member (builder, "description", "When the bundle was made (UTC)");
  add_type (builder, "string", FALSE);
  add_string_member (builder, "pattern", TIMESTAMP_PATTERN);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "today");
  json_builder_begin_object (builder);
  add_string_member (builder, "description", "The day the due moments' states refer to");
  add_type (builder, "string", FALSE);
  add_string_member (builder, "format", "date");
  add_string_member (builder, "pattern", DATE_PATTERN);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "selection");
  json_builder_begin_object (builder);
  add_ref (builder, "selection");
  json_builder_end_object (builder);

  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      json_builder_set_member_name (builder, sections[i]->name);
      json_builder_begin_object (builder);
      if (sections[i] == &practice)
        add_ref (builder, sections[i]->name);
      else
        {
          add_type (builder, "array", FALSE);
          add_int_member (builder, "maxItems", OPL_EXPORT_MAX_ROWS);
          json_builder_set_member_name (builder, "items");
          json_builder_begin_object (builder);
          add_ref (builder, sections[i]->name);
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
    }
}

/**
 * opl_export_schema_to_json_schema:
 *
 * Returns: (transfer full): the JSON Schema (draft 2020-12) of a bundle, made from the
 *   same tables the import checks with; docs/export-schema.json is this document
 */
JsonNode *
opl_export_schema_to_json_schema (void)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_string_member (builder, "$schema", "https://json-schema.org/draft/2020-12/schema");
  add_string_member (builder, "$id", "https://opleidingspraktijk.github.io/export-schema-1.json");
  add_string_member (builder, "title", "Opleidingspraktijk export bundle, version 1");
  add_string_member (builder, "description",
                     "One JSON document per bundle; see docs/export-schema.md. Generated from "
                     "src/core/export/opl-export-schema.c: do not edit by hand.");
  add_type (builder, "object", FALSE);
  json_builder_set_member_name (builder, "additionalProperties");
  json_builder_add_boolean_value (builder, FALSE);
  json_builder_set_member_name (builder, "required");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "format");
  json_builder_add_string_value (builder, "version");
  json_builder_add_string_value (builder, "exported_at");
  json_builder_add_string_value (builder, "today");
  json_builder_add_string_value (builder, "selection");
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    json_builder_add_string_value (builder, sections[i]->name);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "properties");
  json_builder_begin_object (builder);
  add_root_properties (builder);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "$defs");
  json_builder_begin_object (builder);
  add_table_schema (builder, &selection);
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      add_table_schema (builder, sections[i]);
      add_nested_tables (builder, sections[i]);
    }
  json_builder_end_object (builder);

  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
