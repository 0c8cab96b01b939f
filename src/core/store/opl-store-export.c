/* opl-store-export.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store's side of an export: reading a selection into the document of
 * docs/export-schema.md, in one read transaction, with the statements of
 * opl-store-export-tables.c. The import is in opl-store-import.c.
 */

#define G_LOG_DOMAIN "opl-store-export"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-store-export.h"
#include "opl-store-export-private.h"
#include "opl-store-private.h"
#include "opl-store-scholing.h"

/* ---- export ----------------------------------------------------------------------- */

typedef struct
{
  OplStore                 *store;
  OplDatabase              *database;
  const OplExportSelection *selection;
  GDate                     today;
  GDate                     first;      /* cleared: no year */
  GDate                     last;
  char                     *first_iso;  /* the same, as text; NULL: no year */
  char                     *last_iso;
  GPtrArray                *trajecten;  /* JsonObject */
  GHashTable               *people;     /* person ids named */
  GHashTable               *definitions; /* "id:version" wanted */
  GHashTable               *sections;   /* name -> GPtrArray of JsonObject */
  guint                     omitted;
} Export;

static GPtrArray *
rows_of (Export     *export,
         const char *section)
{
  GPtrArray *rows = g_hash_table_lookup (export->sections, section);

  if (rows == NULL)
    {
      rows = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
      g_hash_table_insert (export->sections, (gpointer) section, rows);
    }

  return rows;
}

static gboolean
wants (Export            *export,
       OplExportSections  section)
{
  return (export->selection->sections & section) != 0;
}

/* Runs @table's select_all with ?1 (and ?2) bound, appending the records to @rows. */
static gboolean
select_rows (Export            *export,
             const OplStoreTable  *table,
             const char        *param1,
             gint64             param2,
             GPtrArray         *rows,
             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (export->database, table->select_all, error);
  const OplExportTable *spec = opl_store_table_get_spec (table);
  gboolean has_row, ok;

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, param1);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, param2);
  while ((ok = opl_database_step_row (export->database, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (rows, opl_store_table_read (spec, stmt, 0));

  return ok;
}

/* The year's rows of a big section, chosen in SQL rather than read whole and filtered:
 * @section's fields in order, ?1 to ?3 bound as text (%NULL: SQL NULL). */
static const char trajecten_meeting[] =
  "SELECT id, aios_id, phase, start_date, end_date, parttime, bekwaamheidsverklaring_on,"
  " created_at, created_by, changed_at, changed_by FROM traject"
  " WHERE (?1 IS NULL OR aios_id = ?1)"
  " AND (?2 IS NULL OR (start_date <= ?3 AND (end_date IS NULL OR end_date >= ?2)))"
  " ORDER BY start_date, id";

/* Through checklist_tick_by_period (person_id, period_key): one range of keys per person
 * (people are few); a key starts with its year, so ?2 and ?3 are years. CROSS JOIN keeps
 * person outside: with a plain JOIN SQLite scans every tick and looks the person up. */
static const char ticks_of_years[] =
  "SELECT t.id, t.person_id, t.item_id, t.period_key, t.checklist_version,"
  " t.created_at, t.created_by, t.changed_at, t.changed_by"
  " FROM person p CROSS JOIN checklist_tick t ON t.person_id = p.id"
  " WHERE (?1 IS NULL OR p.id = ?1) AND t.period_key >= ?2 AND t.period_key < ?3";

/* Whether the row @stmt is on belongs in the export (read before it is made a record). */
typedef gboolean (*RowFilter) (Export       *export,
                               sqlite3_stmt *stmt);

static gboolean
select_text (Export      *export,
             const char  *section,
             const char  *sql,
             const char  *param1,
             const char  *param2,
             const char  *param3,
             RowFilter    keep,
             GPtrArray   *rows,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (export->database, sql, error);
  const OplExportTable *spec = opl_export_schema_lookup (section);
  gboolean has_row, ok;

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, param1);
  opl_bind_text (stmt, 2, param2);
  opl_bind_text (stmt, 3, param3);
  while ((ok = opl_database_step_row (export->database, stmt, &has_row, error)) && has_row)
    {
      if (keep == NULL || keep (export, stmt))
        g_ptr_array_add (rows, opl_store_table_read (spec, stmt, 0));
    }

  return ok;
}

static JsonArray *
to_array (GPtrArray *rows)
{
  JsonArray *array = json_array_sized_new (rows->len);

  for (guint i = 0; i < rows->len; i++)
    json_array_add_object_element (array, json_object_ref (g_ptr_array_index (rows, i)));
  return array;
}

/* Notes every person a record (and its nested rows) names. */
static void
note_people (Export               *export,
             const OplExportTable *spec,
             JsonObject           *record)
{
  for (guint f = 0; f < spec->n_fields; f++)
    {
      const OplExportField *field = &spec->fields[f];

      if (g_strcmp0 (field->ref, OPL_EXPORT_PEOPLE) == 0 &&
          opl_export_record_get_string (record, field->name) != NULL)
        g_hash_table_add (export->people, g_strdup (opl_export_record_get_string (record, field->name)));
      else if (field->type == OPL_FIELD_CHILDREN)
        {
          JsonArray *children = opl_export_record_get_array (record, field->name);

          for (guint c = 0; c < json_array_get_length (children); c++)
            note_people (export, field->child, json_array_get_object_element (children, c));
        }
    }
}

static void
note_all_people (Export     *export,
                 const char *section,
                 GPtrArray  *rows)
{
  const OplExportTable *spec = opl_export_schema_lookup (section);

  for (guint i = 0; i < rows->len; i++)
    note_people (export, spec, g_ptr_array_index (rows, i));
}

/* Whether the period from @start to @end (%NULL: open) meets the selected year. */
static gboolean
meets_year (Export     *export,
            const char *start,
            const char *end)
{
  if (export->first_iso == NULL)
    return TRUE;

  return g_strcmp0 (start, export->last_iso) <= 0 && (end == NULL || g_strcmp0 (end, export->first_iso) >= 0);
}

static gboolean
in_year (Export     *export,
         const char *date)
{
  return meets_year (export, date, date);
}

static gboolean
add_traject_children (Export      *export,
                      JsonObject  *traject,
                      GError     **error)
{
  const char *id = opl_export_record_get_string (traject, "id");
  g_autoptr(GPtrArray) opleiders = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GPtrArray) leaves = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

  if (!select_rows (export, &opl_store_table_opleiders, id, 0, opleiders, error) ||
      !select_rows (export, &opl_store_table_leave_periods, id, 0, leaves, error) ||
      !select_rows (export, &opl_store_table_slot, id, 0, slots, error))
    return FALSE;

  json_object_set_array_member (traject, "opleiders", to_array (opleiders));
  json_object_set_array_member (traject, "leave_periods", to_array (leaves));
  if (slots->len > 0)
    json_object_set_object_member (traject, "slot", json_object_ref (g_ptr_array_index (slots, 0)));
  return TRUE;
}

static gboolean
select_trajecten (Export  *export,
                  GError **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  const OplExportSelection *selection = export->selection;

  if (selection->scope == OPL_EXPORT_SCOPE_OPLEIDER)
    return TRUE;

  /* The trajecten of the aios (or all) that meet the year (if any), as meets_year(). */
  if (!select_text (export, OPL_EXPORT_TRAJECTEN, trajecten_meeting,
                    selection->scope == OPL_EXPORT_SCOPE_AIOS ? selection->aios_id : NULL,
                    export->first_iso, export->last_iso, NULL, all, error))
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      JsonObject *traject = g_ptr_array_index (all, i);

      if (!add_traject_children (export, traject, error))
        return FALSE;

      g_ptr_array_add (export->trajecten, json_object_ref (traject));
    }

  return TRUE;
}

/* The due moments as the schedule computes them on the bundle's day, with the day a
 * moment was marked done (derived: the import leaves them). */
static gboolean
add_moments (Export      *export,
             JsonObject  *traject_record,
             GPtrArray   *done,
             GError     **error)
{
  const char *traject_id = opl_export_record_get_string (traject_record, "id");
  g_autoptr(GPtrArray) trajecten = NULL;
  g_autoptr(GArray) moments = NULL;
  OplTraject *traject = NULL;

  trajecten = opl_store_list_trajecten (export->store, opl_export_record_get_string (traject_record, "aios_id"), error);
  if (trajecten == NULL)
    return FALSE;
  for (guint i = 0; i < trajecten->len; i++)
    {
      if (g_strcmp0 (opl_traject_get_id (g_ptr_array_index (trajecten, i)), traject_id) == 0)
        traject = g_ptr_array_index (trajecten, i);
    }
  if (traject == NULL)
    return TRUE;

  moments = opl_store_get_schedule (export->store, traject, &export->today, error);
  if (moments == NULL)
    return FALSE;

  for (guint i = 0; i < moments->len; i++)
    {
      const OplMoment *moment = &g_array_index (moments, OplMoment, i);
      JsonObject *record = json_object_new ();
      g_autofree char *due = opl_date_to_iso (&moment->due);
      g_auto(GStrv) who = opl_who_to_strv (moment->who);
      JsonArray *who_array = json_array_new ();
      const char *done_on = NULL;

      for (guint w = 0; who[w] != NULL; w++)
        json_array_add_string_element (who_array, who[w]);
      for (guint d = 0; d < done->len; d++)
        {
          JsonObject *row = g_ptr_array_index (done, d);

          if (g_strcmp0 (opl_export_record_get_string (row, "kind"), opl_moment_kind_to_string (moment->kind)) == 0 &&
              opl_export_record_get_int (row, "month", 0) == moment->month)
            done_on = opl_export_record_get_string (row, "done_on");
        }

      json_object_set_string_member (record, "traject_id", traject_id);
      json_object_set_string_member (record, "kind", opl_moment_kind_to_string (moment->kind));
      json_object_set_int_member (record, "month", moment->month);
      json_object_set_string_member (record, "due", due);
      json_object_set_array_member (record, "who", who_array);
      json_object_set_string_member (record, "state", opl_moment_state_to_string (moment->state));
      if (done_on != NULL)
        json_object_set_string_member (record, "done_on", done_on);
      else
        json_object_set_null_member (record, "done_on");
      g_ptr_array_add (rows_of (export, OPL_EXPORT_MOMENTS), record);
    }

  return TRUE;
}

/* An aios's LEOh and ComBel self-assessment are private until shared; only their
 * author sees them before (design.md §7; the same rule as may_see() in
 * opl-store-forms.c, and the test 'export' checks the two agree). */
static gboolean
may_see_form (JsonObject *form,
              const char *viewer_id)
{
  const char *kind = opl_export_record_get_string (form, "kind");
  gboolean private = g_strcmp0 (opl_export_record_get_string (form, "author_role"), "aios") == 0 &&
                     (g_strcmp0 (kind, "combel") == 0 || g_strcmp0 (kind, "leoh") == 0);

  return !private || opl_export_record_get_boolean (form, "shared") ||
         (viewer_id != NULL && g_strcmp0 (opl_export_record_get_string (form, "author_id"), viewer_id) == 0);
}

static gboolean
add_forms (Export      *export,
           const char  *traject_id,
           GError     **error)
{
  g_autoptr(GPtrArray) forms = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(GHashTable) left_out = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean changed = TRUE;

  if (!select_rows (export, &opl_store_table_forms, traject_id, 0, forms, error))
    return FALSE;

  for (guint i = 0; i < forms->len; i++)
    {
      JsonObject *form = g_ptr_array_index (forms, i);

      if (!may_see_form (form, export->selection->viewer_id))
        g_hash_table_add (left_out, (gpointer) opl_export_record_get_string (form, "id"));
    }

  /* A new version of a form left out goes too: it would name a form not there. */
  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < forms->len; i++)
        {
          JsonObject *form = g_ptr_array_index (forms, i);
          const char *supersedes = opl_export_record_get_string (form, "supersedes");

          if (supersedes != NULL && g_hash_table_contains (left_out, supersedes) &&
              g_hash_table_add (left_out, (gpointer) opl_export_record_get_string (form, "id")))
            changed = TRUE;
        }
    }

  for (guint i = 0; i < forms->len; i++)
    {
      JsonObject *form = g_ptr_array_index (forms, i);
      g_autoptr(GPtrArray) answers = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

      if (g_hash_table_contains (left_out, opl_export_record_get_string (form, "id")))
        continue;

      if (!select_rows (export, &opl_store_table_answers, opl_export_record_get_string (form, "id"), 0, answers, error))
        return FALSE;
      json_object_set_array_member (form, "answers", to_array (answers));
      g_hash_table_add (export->definitions,
                        opl_export_definition_key (opl_export_record_get_string (form, "definition_id"),
                                                   opl_export_record_get_int (form, "definition_version", 0)));
      g_ptr_array_add (rows_of (export, OPL_EXPORT_FORMS), json_object_ref (form));
    }

  export->omitted += g_hash_table_size (left_out);
  return TRUE;
}

static gboolean
add_traject_sections (Export      *export,
                      JsonObject  *traject,
                      GError     **error)
{
  const char *id = opl_export_record_get_string (traject, "id");
  GPtrArray *kpb;

  if (wants (export, OPL_EXPORT_SECTION_MOMENTS))
    {
      GPtrArray *done = rows_of (export, OPL_EXPORT_MOMENTS_DONE);
      guint before = done->len;
      g_autoptr(GPtrArray) own = g_ptr_array_new ();

      if (!select_rows (export, &opl_store_table_moments_done, id, 0, done, error))
        return FALSE;
      for (guint i = before; i < done->len; i++)
        g_ptr_array_add (own, g_ptr_array_index (done, i));
      if (!add_moments (export, traject, own, error))
        return FALSE;
    }

  if (wants (export, OPL_EXPORT_SECTION_LEERGESPREKKEN) &&
      !select_rows (export, &opl_store_table_leergesprekken, id, 0, rows_of (export, OPL_EXPORT_LEERGESPREKKEN), error))
    return FALSE;

  if (wants (export, OPL_EXPORT_SECTION_FORMS) && !add_forms (export, id, error))
    return FALSE;

  if (wants (export, OPL_EXPORT_SECTION_KPB))
    {
      kpb = rows_of (export, OPL_EXPORT_KPB_ENTRIES);
      if (!select_rows (export, &opl_store_table_kpb, id, 0, kpb, error))
        return FALSE;
      for (guint i = 0; i < kpb->len; i++)
        g_hash_table_add (export->definitions,
                          opl_export_definition_key (opl_export_record_get_string (g_ptr_array_index (kpb, i), "definition_id"),
                                                     opl_export_record_get_int (g_ptr_array_index (kpb, i),
                                                                                "definition_version", 0)));
    }

  if (wants (export, OPL_EXPORT_SECTION_DIENSTEN) &&
      !select_rows (export, &opl_store_table_diensten, id, 0, rows_of (export, OPL_EXPORT_DIENSTEN), error))
    return FALSE;

  return TRUE;
}

/* The practice's closures that meet the selected trajecten (or year). */
static gboolean
add_closures (Export  *export,
              GError **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  gboolean open_ended = FALSE;

  if (!wants (export, OPL_EXPORT_SECTION_LEERGESPREKKEN) || export->selection->scope == OPL_EXPORT_SCOPE_OPLEIDER)
    return TRUE;
  if (!select_rows (export, &opl_store_table_closures, NULL, 0, all, error))
    return FALSE;

  for (guint i = 0; i < export->trajecten->len; i++)
    {
      JsonObject *traject = g_ptr_array_index (export->trajecten, i);
      const char *start = opl_export_record_get_string (traject, "start_date");
      const char *end = opl_export_record_get_string (traject, "end_date");

      if (first == NULL || g_strcmp0 (start, first) < 0)
        { g_free (first); first = g_strdup (start); }
      if (end == NULL)
        open_ended = TRUE;
      else if (last == NULL || g_strcmp0 (end, last) > 0)
        { g_free (last); last = g_strdup (end); }
    }

  for (guint i = 0; i < all->len; i++)
    {
      JsonObject *closure = g_ptr_array_index (all, i);
      const char *start = opl_export_record_get_string (closure, "start_date");
      const char *end = opl_export_record_get_string (closure, "end_date");
      gboolean keep;

      if (export->selection->scope == OPL_EXPORT_SCOPE_PRACTICE)
        keep = TRUE;
      else if (export->selection->scope == OPL_EXPORT_SCOPE_YEAR)
        keep = meets_year (export, start, end);
      else
        keep = first != NULL && g_strcmp0 (end, first) >= 0 && (open_ended || g_strcmp0 (start, last) <= 0);

      if (keep)
        g_ptr_array_add (rows_of (export, OPL_EXPORT_CLOSURES), json_object_ref (closure));
    }

  return TRUE;
}

/* The first day of the checklist period @key names (2026-11-22, 2026-W47, 2026-11,
 * 2026-Q4, 2026-H2, 2026). */
static gboolean
period_first_day (const char *key,
                  GDate      *date)
{
  unsigned int year = 0, number = 0;
  char kind = 0;

  g_date_clear (date, 1);
  if (opl_date_parse_iso (key, date))
    return TRUE;
  if (strlen (key) == 4 && sscanf (key, "%4u", &year) == 1 && year >= 1)
    {
      g_date_set_dmy (date, 1, G_DATE_JANUARY, (GDateYear) year);
      return TRUE;
    }
  if (sscanf (key, "%4u-%c%2u", &year, &kind, &number) == 3 && year >= 1 && number >= 1)
    {
      GDate jan4;

      switch (kind)
        {
        case 'W':
          g_date_clear (&jan4, 1);
          g_date_set_dmy (&jan4, 4, G_DATE_JANUARY, (GDateYear) year);
          *date = jan4;
          g_date_subtract_days (date, g_date_get_weekday (&jan4) - 1);
          g_date_add_days (date, (number - 1) * 7);
          return TRUE;
        case 'Q':
          g_date_set_dmy (date, 1, (GDateMonth) ((number - 1) * 3 + 1), (GDateYear) year);
          return number <= 4;
        case 'H':
          g_date_set_dmy (date, 1, (GDateMonth) ((number - 1) * 6 + 1), (GDateYear) year);
          return number <= 2;
        default:
          break;
        }
    }
  if (sscanf (key, "%4u-%2u", &year, &number) == 2 && year >= 1 && number >= 1 && number <= 12)
    {
      g_date_set_dmy (date, 1, (GDateMonth) number, (GDateYear) year);
      return TRUE;
    }

  return FALSE;
}

/* Whether the tick @stmt is on (a row of ticks_of_years) is of a period that starts in
 * the selected year; only those are made records. */
static gboolean
tick_in_year (Export       *export,
              sqlite3_stmt *stmt)
{
  GDate date;

  return period_first_day (opl_column_text (stmt, 3), &date) &&
         g_date_compare (&date, &export->first) >= 0 && g_date_compare (&date, &export->last) <= 0;
}

static gboolean
add_ticks (Export  *export,
           GError **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  const OplExportSelection *selection = export->selection;

  if (!wants (export, OPL_EXPORT_SECTION_CHECKLIST) || selection->scope == OPL_EXPORT_SCOPE_AIOS)
    return TRUE;

  if (!g_date_valid (&export->first))
    {
      if (!select_rows (export, &opl_store_table_ticks,
                        selection->scope == OPL_EXPORT_SCOPE_OPLEIDER ? selection->opleider_id : NULL, 0, all, error))
        return FALSE;
    }
  else
    {
      /* Only the keys that can start in the year: a key's first day is in the year of
       * its first four digits, or for a week the year before (2027-W01 can start on
       * 28 December 2026) or, for a week number past 53, the year after. The years
       * from the one before the first day to the one after the last day hold them
       * all; tick_in_year () keeps the year's. */
      g_autofree char *from = g_strdup_printf ("%04u", (guint) g_date_get_year (&export->first) - 1);
      g_autofree char *until = g_strdup_printf ("%04u", (guint) g_date_get_year (&export->last) + 2);

      if (!select_text (export, OPL_EXPORT_CHECKLIST_TICKS, ticks_of_years,
                        selection->scope == OPL_EXPORT_SCOPE_OPLEIDER ? selection->opleider_id : NULL,
                        from, until, tick_in_year, all, error))
        return FALSE;
    }

  for (guint i = 0; i < all->len; i++)
    g_ptr_array_add (rows_of (export, OPL_EXPORT_CHECKLIST_TICKS), json_object_ref (g_ptr_array_index (all, i)));

  return TRUE;
}

/* The opleiders' scholing and quality cycle (issue 6): all of the practice, every
 * opleider's of a year, or one opleider's (of a year). */
static gboolean
add_scholing (Export  *export,
              GError **error)
{
  static const OplStoreTable * const tables[] = { &opl_store_table_scholing, &opl_store_table_dispensations, &opl_store_table_leerpunten, &opl_store_table_hao };
  const OplExportSelection *selection = export->selection;
  const char *person = selection->scope == OPL_EXPORT_SCOPE_OPLEIDER ? selection->opleider_id : NULL;

  if (!wants (export, OPL_EXPORT_SECTION_SCHOLING) || selection->scope == OPL_EXPORT_SCOPE_AIOS)
    return TRUE;

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

      if (!select_rows (export, tables[t], person, 0, all, error))
        return FALSE;

      for (guint i = 0; i < all->len; i++)
        {
          JsonObject *row = g_ptr_array_index (all, i);
          gboolean keep;

          /* A year: the days and gesprekken in it, the dispensation and leerplan of it. */
          if (selection->year == 0)
            keep = TRUE;
          else if (json_object_has_member (row, "date"))
            keep = in_year (export, opl_export_record_get_string (row, "date"));
          else
            keep = opl_export_record_get_int (row, "year", 0) == selection->year;

          if (keep)
            g_ptr_array_add (rows_of (export, tables[t]->section), json_object_ref (row));
        }
    }

  return TRUE;
}

static gboolean
add_definitions (Export  *export,
                 GError **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  GPtrArray *rows = rows_of (export, OPL_EXPORT_FORM_DEFINITIONS);

  if (!select_rows (export, &opl_store_table_definitions, NULL, 0, all, error))
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      JsonObject *definition = g_ptr_array_index (all, i);
      g_autofree char *key = opl_export_definition_key (opl_export_record_get_string (definition, "definition_id"),
                                                        opl_export_record_get_int (definition, "version", 0));

      if (export->selection->scope == OPL_EXPORT_SCOPE_PRACTICE || g_hash_table_contains (export->definitions, key))
        g_ptr_array_add (rows, json_object_ref (definition));
    }

  return TRUE;
}

static gboolean
add_people (Export  *export,
            GError **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  GPtrArray *rows = rows_of (export, OPL_EXPORT_PEOPLE);
  GHashTableIter iter;
  gpointer key;

  for (g_hash_table_iter_init (&iter, export->sections); g_hash_table_iter_next (&iter, &key, NULL);)
    note_all_people (export, key, g_hash_table_lookup (export->sections, key));
  note_all_people (export, OPL_EXPORT_TRAJECTEN, export->trajecten);
  if (export->selection->aios_id != NULL)
    g_hash_table_add (export->people, g_strdup (export->selection->aios_id));
  if (export->selection->opleider_id != NULL)
    g_hash_table_add (export->people, g_strdup (export->selection->opleider_id));

  if (!select_rows (export, &opl_store_table_people, NULL, 0, all, error))
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      JsonObject *person = g_ptr_array_index (all, i);

      if (export->selection->scope == OPL_EXPORT_SCOPE_PRACTICE ||
          g_hash_table_contains (export->people, opl_export_record_get_string (person, "id")))
        g_ptr_array_add (rows, json_object_ref (person));
    }

  return TRUE;
}

/* ---- order ------------------------------------------------------------------------ */

static int
role_rank (const char *role)
{
  static const char * const order[] = {
    "hoofdopleider", "duo-opleider", "plaatsvervangend-opleider", "aios", "coassistent", NULL
  };

  for (int i = 0; order[i] != NULL; i++)
    {
      if (g_strcmp0 (order[i], role) == 0)
        return i;
    }
  return G_MAXINT;
}

static int
compare_member (JsonObject *a,
                JsonObject *b,
                const char *member)
{
  JsonNode *x = json_object_get_member (a, member);
  JsonNode *y = json_object_get_member (b, member);
  gboolean x_null = x == NULL || !JSON_NODE_HOLDS_VALUE (x);
  gboolean y_null = y == NULL || !JSON_NODE_HOLDS_VALUE (y);

  if (x_null || y_null)
    return (int) y_null - (int) x_null ? ((int) !x_null - (int) !y_null) : 0;

  if (g_str_equal (member, "role"))
    return role_rank (json_node_get_string (x)) - role_rank (json_node_get_string (y));

  switch (json_node_get_value_type (x))
    {
    case G_TYPE_INT64:
      return (json_node_get_int (x) > json_node_get_int (y)) - (json_node_get_int (x) < json_node_get_int (y));
    case G_TYPE_DOUBLE:
      return (json_node_get_double (x) > json_node_get_double (y)) - (json_node_get_double (x) < json_node_get_double (y));
    case G_TYPE_STRING:
      return g_strcmp0 (json_node_get_string (x), json_node_get_string (y));
    default:
      return 0;
    }
}

typedef struct
{
  const char        *section;
  const char * const keys[6];
} SortOrder;

/* The order of each section (docs/export-schema.md, "Order"): by date where rows have
 * one, the id last, so that the same data always gives the same document. */
static const SortOrder orders[] = {
  { "people", { "role", "name", "id", NULL } },
  { "trajecten", { "start_date", "id", NULL } },
  { "closures", { "start_date", "id", NULL } },
  { "checklist_ticks", { "period_key", "item_id", "person_id", "id", NULL } },
  { "moments", { "due", "kind", "month", "traject_id", NULL } },
  { "moments_done", { "done_on", "kind", "month", "id", NULL } },
  { "leergesprekken", { "date", "start_minute", "id", NULL } },
  { "form_definitions", { "definition_id", "version", NULL } },
  { "forms", { "form_date", "kind", "id", NULL } },
  { "kpb_entries", { "entry_date", "id", NULL } },
  { "diensten", { "dienst_date", "id", NULL } },
  { "scholing", { "date", "id", NULL } },
  { "scholing_dispensations", { "year", "person_id", "id", NULL } },
  { "leerpunten", { "year", "person_id", "position", "id", NULL } },
  { "hao_gesprekken", { "date", "id", NULL } },
};

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      user_data)
{
  const char * const *keys = user_data;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      int result = compare_member (*(JsonObject **) a, *(JsonObject **) b, keys[i]);

      if (result != 0)
        return result;
    }

  return 0;
}

static void
sort_section (const char *section,
              GPtrArray  *rows)
{
  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      if (g_str_equal (orders[i].section, section))
        {
          g_ptr_array_sort_with_data (rows, compare_rows, (gpointer) orders[i].keys);
          return;
        }
    }
}

/* ---- the document ----------------------------------------------------------------- */

static char *
exported_at (const OplExportSelection *selection)
{
  const char *today = g_getenv ("OPL_TODAY");
  GDate date;

  if (selection->exported_at != NULL)
    return g_strdup (selection->exported_at);
  if (today != NULL && opl_date_parse_iso (today, &date))
    return g_strdup_printf ("%sT12:00:00.000Z", today);
  return opl_timestamp_now ();
}

static JsonObject *
selection_record (Export *export)
{
  const OplExportSelection *selection = export->selection;
  JsonObject *record = json_object_new ();
  JsonArray *sections = json_array_new ();

  json_object_set_string_member (record, "scope", opl_export_scope_to_string (selection->scope));
  json_object_set_string_member (record, "aios_id", selection->aios_id);
  json_object_set_string_member (record, "opleider_id", selection->opleider_id);
  if (selection->year != 0)
    {
      json_object_set_int_member (record, "year", selection->year);
      json_object_set_string_member (record, "first", export->first_iso);
      json_object_set_string_member (record, "last", export->last_iso);
    }
  else
    {
      json_object_set_null_member (record, "year");
      json_object_set_null_member (record, "first");
      json_object_set_null_member (record, "last");
    }
  json_object_set_string_member (record, "profile_id", selection->viewer_id);

  for (guint i = 0; i < 7; i++)
    {
      if (selection->sections & (1 << i))
        json_array_add_string_element (sections, opl_export_section_to_string (1 << i));
    }
  json_object_set_array_member (record, "sections", sections);
  json_object_set_int_member (record, "omitted_private_forms", export->omitted);
  return record;
}

static JsonObject *
build_root (Export      *export,
            JsonObject  *practice)
{
  JsonObject *root = json_object_new ();
  g_autofree char *today = opl_date_to_iso (&export->today);
  g_autofree char *at = exported_at (export->selection);
  const OplExportTable * const *tables;
  guint n_tables;

  json_object_set_string_member (root, "format", OPL_EXPORT_FORMAT_NAME);
  json_object_set_int_member (root, "version", OPL_EXPORT_FORMAT_VERSION);
  json_object_set_string_member (root, "exported_at", at);
  json_object_set_string_member (root, "today", today);
  json_object_set_object_member (root, "selection", selection_record (export));
  json_object_set_object_member (root, "practice", json_object_ref (practice));

  tables = opl_export_schema_get_sections (&n_tables);
  for (guint t = 0; t < n_tables; t++)
    {
      GPtrArray *rows;

      if (g_str_equal (tables[t]->name, "practice"))
        continue;

      rows = g_str_equal (tables[t]->name, OPL_EXPORT_TRAJECTEN) ? export->trajecten
                                                                 : rows_of (export, tables[t]->name);
      sort_section (tables[t]->name, rows);
      json_object_set_array_member (root, tables[t]->name, to_array (rows));
    }

  return root;
}

static gboolean
check_selection (OplStore                  *self,
                 const OplExportSelection  *selection,
                 GError                   **error)
{
  OplPerson *person;

  if (selection->scope == OPL_EXPORT_SCOPE_AIOS)
    {
      person = selection->aios_id != NULL ? opl_store_lookup_person (self, selection->aios_id) : NULL;
      if (person == NULL || opl_person_get_role (person) != OPL_ROLE_AIOS)
        {
          g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_SELECTION,
                               _("The practice has no aios with this id"));
          return FALSE;
        }
    }

  if (selection->scope == OPL_EXPORT_SCOPE_OPLEIDER)
    {
      person = selection->opleider_id != NULL ? opl_store_lookup_person (self, selection->opleider_id) : NULL;
      if (person == NULL || !opl_person_is_opleider (person))
        {
          g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_SELECTION,
                               _("The practice has no opleider with this id"));
          return FALSE;
        }
    }

  if ((selection->year != 0 && (selection->year < 1950 || selection->year > 2199)) ||
      (selection->scope == OPL_EXPORT_SCOPE_YEAR && selection->year == 0))
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_SELECTION,
                           _("Give the opleidingsjaar as a year from 1950 to 2199"));
      return FALSE;
    }

  if (selection->viewer_id != NULL && opl_store_lookup_person (self, selection->viewer_id) == NULL)
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_SELECTION,
                           _("The exporting profile is not one of this practice"));
      return FALSE;
    }

  if (!opl_store_has_practice (self))
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_SELECTION,
                           _("The database holds no practice to export"));
      return FALSE;
    }

  return TRUE;
}

static gboolean
collect (Export      *export,
         JsonObject **practice,
         GError     **error)
{
  g_autoptr(GPtrArray) practices = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);

  if (!select_rows (export, &opl_store_table_practice, NULL, 0, practices, error))
    return FALSE;
  if (practices->len != 1)
    {
      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_SELECTION,
                           _("The database holds no practice to export"));
      return FALSE;
    }
  *practice = json_object_ref (g_ptr_array_index (practices, 0));

  if (!select_trajecten (export, error))
    return FALSE;

  for (guint i = 0; i < export->trajecten->len; i++)
    {
      if (!add_traject_sections (export, g_ptr_array_index (export->trajecten, i), error))
        return FALSE;
    }

  return add_closures (export, error) && add_ticks (export, error) && add_scholing (export, error) &&
         add_definitions (export, error) && add_people (export, error);
}

/**
 * opl_store_export_bundle:
 * @selection: what to export, as whom (see #OplExportSelection)
 *
 * Returns: (transfer full): the bundle, or %NULL with @error set
 */
OplExportBundle *
opl_store_export_bundle (OplStore                  *self,
                         const OplExportSelection  *selection,
                         GError                   **error)
{
  g_autoptr(JsonObject) practice = NULL;
  g_autoptr(JsonObject) root = NULL;
  Export export = {
    .store = self,
    .database = opl_store_get_database (self),
    .selection = selection,
  };
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), NULL);
  g_return_val_if_fail (selection != NULL, NULL);

  if (!check_selection (self, selection, error))
    return NULL;

  if (selection->today != NULL)
    export.today = *selection->today;
  else
    opl_date_set_today (&export.today);
  g_date_clear (&export.first, 1);
  g_date_clear (&export.last, 1);
  if (selection->year != 0)
    {
      /* The opleidingsjaar of the practice's institute profile (LUMC: from 1 September). */
      g_autoptr(OplInstitute) institute = opl_store_load_institute (self, error);

      if (institute == NULL)
        return NULL;
      opl_scholing_year_bounds (opl_institute_get_rules (institute), selection->year, &export.first, &export.last);
      export.first_iso = opl_date_to_iso (&export.first);
      export.last_iso = opl_date_to_iso (&export.last);
    }

  export.trajecten = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  export.people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  export.definitions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  export.sections = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

  /* One snapshot: a deferred transaction that only reads. */
  ok = opl_database_exec (export.database, "BEGIN DEFERRED", error);
  if (ok)
    {
      ok = collect (&export, &practice, error);
      opl_database_rollback (export.database);
    }
  if (ok)
    root = build_root (&export, practice);

  g_ptr_array_unref (export.trajecten);
  g_hash_table_unref (export.people);
  g_hash_table_unref (export.definitions);
  g_hash_table_unref (export.sections);
  g_free (export.first_iso);
  g_free (export.last_iso);

  return ok ? opl_export_bundle_new_from_root (root, error) : NULL;
}
