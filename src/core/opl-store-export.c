/* opl-store-export.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store's side of a bundle: reading a selection into the document of
 * docs/export-schema.md, and writing a checked bundle back. Each stored section has
 * its statements here, with the columns in the order of its fields in
 * opl-export-schema.c, so that one reader and one binder serve every table.
 *
 * Import (see opl-store-export.h for the rules): first every row is looked up by its
 * identity and by its other unique keys, without writing; any difference is a
 * conflict and the import stops there, listing them. Only then one transaction inserts
 * what is missing, in an order the schema's triggers accept (people before trajecten,
 * a form before its answers and its new version; a final form's answers are written
 * while it is still a draft, then it is signed off with its own dates).
 */

#define G_LOG_DOMAIN "opl-store-export"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "opl-date.h"
#include "opl-export-private.h"
#include "opl-store-export.h"
#include "opl-store-scholing.h"
#include "opl-store-private.h"

#define AUDIT ", created_at, created_by, changed_at, changed_by"
#define AUDIT_VALUES ", ?, ?, ?, ?"

/* How many conflicts the message lists by name. */
#define MAX_LISTED_CONFLICTS 10

/**
 * StoreTable:
 * @section: the section or nested member (opl-export-schema.c)
 * @parent: (nullable): the column that names the parent row of a nested section
 * @select_all: every row (with @parent: of the parent bound as ?1), in a stable order
 * @select_key: the row with the record's identity: ?1 its id (a nested row without an
 *   id: ?1 the parent, ?2 @key_member); with @parent, column 0 is the parent
 * @insert: the parent first (if any), then the fields in order
 * @natural: (nullable): the id of a row with the same other unique key, bound from
 *   @natural_members ("@parent" is the parent's id)
 */
typedef struct
{
  const char *section;
  const char *parent;
  const char *select_all;
  const char *select_key;
  const char *insert;
  const char *key_member;
  const char *natural;
  const char *natural_members[6];
  const char *natural_what;
} StoreTable;

static const StoreTable practice_table = {
  "practice", NULL,
  "SELECT id, name, institute" AUDIT " FROM practice",
  "SELECT id, name, institute" AUDIT " FROM practice WHERE id = ?1",
  "INSERT INTO practice (id, name, institute" AUDIT ") VALUES (?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

static const StoreTable people_table = {
  "people", NULL,
  "SELECT id, name, role, email, opleider_since, archived" AUDIT " FROM person",
  "SELECT id, name, role, email, opleider_since, archived" AUDIT " FROM person WHERE id = ?1",
  "INSERT INTO person (id, name, role, email, opleider_since, archived" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

static const StoreTable trajecten_table = {
  "trajecten", NULL,
  "SELECT id, aios_id, phase, start_date, end_date, parttime, bekwaamheidsverklaring_on" AUDIT
  " FROM traject ORDER BY start_date, id",
  "SELECT id, aios_id, phase, start_date, end_date, parttime, bekwaamheidsverklaring_on" AUDIT
  " FROM traject WHERE id = ?1",
  "INSERT INTO traject (id, aios_id, phase, start_date, end_date, parttime, bekwaamheidsverklaring_on" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

static const StoreTable opleiders_table = {
  "opleiders", "traject_id",
  "SELECT opleider_id, share" AUDIT " FROM traject_opleider WHERE traject_id = ?1"
  " ORDER BY share DESC, opleider_id",
  "SELECT traject_id, opleider_id, share" AUDIT " FROM traject_opleider WHERE traject_id = ?1 AND opleider_id = ?2",
  "INSERT INTO traject_opleider (traject_id, opleider_id, share" AUDIT ") VALUES (?, ?, ?" AUDIT_VALUES ")",
  "opleider_id", NULL, { NULL }, NULL
};

static const StoreTable leave_periods_table = {
  "leave_periods", "traject_id",
  "SELECT id, kind, start_date, end_date, note" AUDIT " FROM leave_period WHERE traject_id = ?1"
  " ORDER BY start_date, id",
  "SELECT traject_id, id, kind, start_date, end_date, note" AUDIT " FROM leave_period WHERE id = ?1",
  "INSERT INTO leave_period (traject_id, id, kind, start_date, end_date, note" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

static const StoreTable slot_table = {
  "slot", "traject_id",
  "SELECT weekday, start_minute, duration, coschap_start" AUDIT " FROM leergesprek_slot WHERE traject_id = ?1",
  "SELECT traject_id, weekday, start_minute, duration, coschap_start" AUDIT
  " FROM leergesprek_slot WHERE traject_id = ?1",
  "INSERT INTO leergesprek_slot (traject_id, weekday, start_minute, duration, coschap_start" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?" AUDIT_VALUES ")",
  NULL, NULL, { NULL }, NULL
};

static const StoreTable closures_table = {
  "closures", NULL,
  "SELECT id, start_date, end_date, reason" AUDIT " FROM closure ORDER BY start_date, id",
  "SELECT id, start_date, end_date, reason" AUDIT " FROM closure WHERE id = ?1",
  "INSERT INTO closure (id, start_date, end_date, reason" AUDIT ") VALUES (?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

static const StoreTable ticks_table = {
  "checklist_ticks", NULL,
  "SELECT id, person_id, item_id, period_key, checklist_version" AUDIT " FROM checklist_tick"
  " WHERE ?1 IS NULL OR person_id = ?1",
  "SELECT id, person_id, item_id, period_key, checklist_version" AUDIT " FROM checklist_tick WHERE id = ?1",
  "INSERT INTO checklist_tick (id, person_id, item_id, period_key, checklist_version" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id",
  "SELECT id FROM checklist_tick WHERE person_id = ?1 AND item_id = ?2 AND period_key = ?3",
  { "person_id", "item_id", "period_key", NULL },
  N_("the database has another tick of this opleider, item and period")
};

static const StoreTable moments_done_table = {
  "moments_done", NULL,
  "SELECT id, traject_id, kind, month, done_on, note" AUDIT " FROM moment_done WHERE traject_id = ?1",
  "SELECT id, traject_id, kind, month, done_on, note" AUDIT " FROM moment_done WHERE id = ?1",
  "INSERT INTO moment_done (id, traject_id, kind, month, done_on, note" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id",
  "SELECT id FROM moment_done WHERE traject_id = ?1 AND kind = ?2 AND month = ?3",
  { "traject_id", "kind", "month", NULL },
  N_("the database has this moment of the traject done under another id")
};

#define LEERGESPREK_COLUMNS \
  "id, traject_id, week_key, date, start_minute, duration, kind, status, opleider_id," \
  " agenda, notes, agreements, top, tip, cancel_reason" AUDIT

static const StoreTable leergesprekken_table = {
  "leergesprekken", NULL,
  "SELECT " LEERGESPREK_COLUMNS " FROM leergesprek WHERE traject_id = ?1",
  "SELECT " LEERGESPREK_COLUMNS " FROM leergesprek WHERE id = ?1",
  "INSERT INTO leergesprek (" LEERGESPREK_COLUMNS ")"
  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id",
  "SELECT id FROM leergesprek WHERE traject_id = ?1 AND week_key = ?2",
  { "traject_id", "week_key", NULL },
  N_("the database has another leergesprek of this traject in this week")
};

static const StoreTable definitions_table = {
  "form_definitions", NULL,
  "SELECT id, definition_id, version, kind, checksum, json" AUDIT " FROM form_definition"
  " WHERE ?1 IS NULL OR (definition_id = ?1 AND version = ?2)",
  "SELECT id, definition_id, version, kind, checksum, json" AUDIT " FROM form_definition WHERE id = ?1",
  "INSERT INTO form_definition (id, definition_id, version, kind, checksum, json" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id",
  "SELECT id FROM form_definition WHERE definition_id = ?1 AND version = ?2",
  { "definition_id", "version", NULL },
  N_("the database has another text for this definition and version")
};

#define FORM_COLUMNS \
  "id, definition_id, definition_version, kind, traject_id, subject_id, author_id, author_role," \
  " moment_month, form_date, state, finalized_on, finalized_by, discussed_on, shared, supersedes" AUDIT

static const StoreTable forms_table = {
  "forms", NULL,
  "SELECT " FORM_COLUMNS " FROM form WHERE traject_id = ?1",
  "SELECT " FORM_COLUMNS " FROM form WHERE id = ?1",
  "INSERT INTO form (" FORM_COLUMNS ")"
  " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id",
  "SELECT id FROM form WHERE traject_id = ?1 AND kind = ?2 AND moment_month = ?3 AND author_role = ?4"
  " AND subject_id = ?5 AND supersedes IS NULL",
  { "traject_id", "kind", "moment_month", "author_role", "subject_id", NULL },
  N_("the database has another form of this moment by this author role about this person")
};

static const StoreTable answers_table = {
  "answers", "form_id",
  "SELECT id, item_id, value, note" AUDIT " FROM form_answer WHERE form_id = ?1 ORDER BY item_id, id",
  "SELECT form_id, id, item_id, value, note" AUDIT " FROM form_answer WHERE id = ?1",
  "INSERT INTO form_answer (form_id, id, item_id, value, note" AUDIT ") VALUES (?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id",
  "SELECT id FROM form_answer WHERE form_id = ?1 AND item_id = ?2",
  { "@parent", "item_id", NULL },
  N_("the database has another answer to this item of the form")
};

#define KPB_COLUMNS \
  "id, traject_id, kind, entry_date, topic, competentiegebied, score, feedback, assessor_id," \
  " definition_id, definition_version" AUDIT

static const StoreTable kpb_table = {
  "kpb_entries", NULL,
  "SELECT " KPB_COLUMNS " FROM kpb_entry WHERE traject_id = ?1",
  "SELECT " KPB_COLUMNS " FROM kpb_entry WHERE id = ?1",
  "INSERT INTO kpb_entry (" KPB_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

#define DIENST_COLUMNS "id, traject_id, dienst_date, kind, with_person_id, with_name, at_distance, note" AUDIT

static const StoreTable diensten_table = {
  "diensten", NULL,
  "SELECT " DIENST_COLUMNS " FROM dienst WHERE traject_id = ?1",
  "SELECT " DIENST_COLUMNS " FROM dienst WHERE id = ?1",
  "INSERT INTO dienst (" DIENST_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

#define SCHOLING_COLUMNS \
  "id, person_id, date, kind, leergang, leergang_day, alternative, title, half_day, attended," \
  " replacement_done, note" AUDIT

static const StoreTable scholing_table = {
  "scholing", NULL,
  "SELECT " SCHOLING_COLUMNS " FROM scholing WHERE ?1 IS NULL OR person_id = ?1",
  "SELECT " SCHOLING_COLUMNS " FROM scholing WHERE id = ?1",
  "INSERT INTO scholing (" SCHOLING_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

static const StoreTable dispensations_table = {
  "scholing_dispensations", NULL,
  "SELECT id, person_id, year, days, reason" AUDIT " FROM scholing_dispensation WHERE ?1 IS NULL OR person_id = ?1",
  "SELECT id, person_id, year, days, reason" AUDIT " FROM scholing_dispensation WHERE id = ?1",
  "INSERT INTO scholing_dispensation (id, person_id, year, days, reason" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id",
  "SELECT id FROM scholing_dispensation WHERE person_id = ?1 AND year = ?2",
  { "person_id", "year", NULL },
  N_("the database has another dispensation of this opleider for this year")
};

static const StoreTable leerpunten_table = {
  "leerpunten", NULL,
  "SELECT id, person_id, year, position, text, achieved" AUDIT " FROM leerpunt WHERE ?1 IS NULL OR person_id = ?1",
  "SELECT id, person_id, year, position, text, achieved" AUDIT " FROM leerpunt WHERE id = ?1",
  "INSERT INTO leerpunt (id, person_id, year, position, text, achieved" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

static const StoreTable hao_table = {
  "hao_gesprekken", NULL,
  "SELECT id, person_id, date, note" AUDIT " FROM hao_gesprek WHERE ?1 IS NULL OR person_id = ?1",
  "SELECT id, person_id, date, note" AUDIT " FROM hao_gesprek WHERE id = ?1",
  "INSERT INTO hao_gesprek (id, person_id, date, note" AUDIT ") VALUES (?, ?, ?, ?" AUDIT_VALUES ")",
  "id",
  "SELECT id FROM hao_gesprek WHERE person_id = ?1 AND date = ?2",
  { "person_id", "date", NULL },
  N_("the database has another HAO-voortgangsgesprek of this opleider on this day")
};

#undef AUDIT
#undef AUDIT_VALUES

static const OplExportTable *
spec_of (const StoreTable *table)
{
  const OplExportTable *spec = opl_export_schema_lookup (table->section);

  if (spec != NULL)
    return spec;

  /* A nested section: find it as a child of a section. */
  {
    const OplExportTable * const *tables;
    guint n_tables;

    tables = opl_export_schema_get_sections (&n_tables);
    for (guint t = 0; t < n_tables; t++)
      {
        for (guint f = 0; f < tables[t]->n_fields; f++)
          {
            const OplExportTable *child = tables[t]->fields[f].child;

            if (child != NULL && g_str_equal (child->name, table->section))
              return child;
          }
      }
  }

  g_return_val_if_reached (NULL);
}

static gboolean
is_stored (const OplExportField *field)
{
  return field->type != OPL_FIELD_CHILDREN && field->type != OPL_FIELD_CHILD && field->type != OPL_FIELD_STRINGS;
}

/* ---- one row, both ways ----------------------------------------------------------- */

/* The record of the row @stmt is on, its columns from @first in the fields' order;
 * nested sections start as empty (filled by the caller). */
static JsonObject *
read_record (const OplExportTable *spec,
             sqlite3_stmt         *stmt,
             int                   first)
{
  JsonObject *record = json_object_new ();
  int column = first;

  for (guint f = 0; f < spec->n_fields; f++)
    {
      const OplExportField *field = &spec->fields[f];
      gboolean is_null;

      if (field->type == OPL_FIELD_CHILDREN)
        {
          json_object_set_array_member (record, field->name, json_array_new ());
          continue;
        }
      if (field->type == OPL_FIELD_CHILD)
        {
          json_object_set_null_member (record, field->name);
          continue;
        }

      is_null = sqlite3_column_type (stmt, column) == SQLITE_NULL;
      if (is_null)
        json_object_set_null_member (record, field->name);
      else if (field->type == OPL_FIELD_INT)
        json_object_set_int_member (record, field->name, sqlite3_column_int64 (stmt, column));
      else if (field->type == OPL_FIELD_REAL)
        json_object_set_double_member (record, field->name, sqlite3_column_double (stmt, column));
      else if (field->type == OPL_FIELD_BOOL)
        json_object_set_boolean_member (record, field->name, sqlite3_column_int (stmt, column) != 0);
      else
        json_object_set_string_member (record, field->name, opl_column_text (stmt, column));
      column++;
    }

  return record;
}

/* Binds @record's stored fields from parameter @first on. */
static void
bind_record (const OplExportTable *spec,
             sqlite3_stmt         *stmt,
             int                   first,
             JsonObject           *record)
{
  int index = first;

  for (guint f = 0; f < spec->n_fields; f++)
    {
      const OplExportField *field = &spec->fields[f];
      JsonNode *node;

      if (!is_stored (field))
        continue;

      node = json_object_get_member (record, field->name);
      if (node == NULL || JSON_NODE_HOLDS_NULL (node))
        sqlite3_bind_null (stmt, index);
      else if (field->type == OPL_FIELD_INT)
        sqlite3_bind_int64 (stmt, index, json_node_get_int (node));
      else if (field->type == OPL_FIELD_REAL)
        sqlite3_bind_double (stmt, index, json_node_get_double (node));
      else if (field->type == OPL_FIELD_BOOL)
        sqlite3_bind_int (stmt, index, json_node_get_boolean (node) ? 1 : 0);
      else
        opl_bind_text (stmt, index, json_node_get_string (node));
      index++;
    }
}

static gboolean
same_value (JsonNode *a,
            JsonNode *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  if (JSON_NODE_HOLDS_NULL (a) || JSON_NODE_HOLDS_NULL (b))
    return JSON_NODE_HOLDS_NULL (a) && JSON_NODE_HOLDS_NULL (b);
  if (!JSON_NODE_HOLDS_VALUE (a) || !JSON_NODE_HOLDS_VALUE (b) ||
      json_node_get_value_type (a) != json_node_get_value_type (b))
    return FALSE;

  switch (json_node_get_value_type (a))
    {
    case G_TYPE_INT64:
      return json_node_get_int (a) == json_node_get_int (b);
    case G_TYPE_DOUBLE:
      return json_node_get_double (a) == json_node_get_double (b);
    case G_TYPE_BOOLEAN:
      return json_node_get_boolean (a) == json_node_get_boolean (b);
    case G_TYPE_STRING:
      return g_strcmp0 (json_node_get_string (a), json_node_get_string (b)) == 0;
    default:
      return FALSE;
    }
}

/* The stored fields in which @a and @b differ, comma-separated, or %NULL. */
static char *
differing_fields (const OplExportTable *spec,
                  JsonObject           *a,
                  JsonObject           *b)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint f = 0; f < spec->n_fields; f++)
    {
      const OplExportField *field = &spec->fields[f];

      if (is_stored (field) &&
          !same_value (json_object_get_member (a, field->name), json_object_get_member (b, field->name)))
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", field->name);
    }

  return names->len > 0 ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
}

/* ---- export ----------------------------------------------------------------------- */

typedef struct
{
  OplStore                 *store;
  OplDatabase              *database;
  const OplExportSelection *selection;
  GDate                     today;
  GDate                     first;      /* cleared: no year */
  GDate                     last;
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
             const StoreTable  *table,
             const char        *param1,
             gint64             param2,
             GPtrArray         *rows,
             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (export->database, table->select_all, error);
  const OplExportTable *spec = spec_of (table);
  gboolean has_row, ok;

  if (stmt == NULL)
    return FALSE;

  opl_bind_text (stmt, 1, param1);
  if (sqlite3_bind_parameter_count (stmt) >= 2)
    sqlite3_bind_int64 (stmt, 2, param2);
  while ((ok = opl_database_step_row (export->database, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (rows, read_record (spec, stmt, 0));

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
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;

  if (!g_date_valid (&export->first))
    return TRUE;

  first = opl_date_to_iso (&export->first);
  last = opl_date_to_iso (&export->last);
  return g_strcmp0 (start, last) <= 0 && (end == NULL || g_strcmp0 (end, first) >= 0);
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

  if (!select_rows (export, &opleiders_table, id, 0, opleiders, error) ||
      !select_rows (export, &leave_periods_table, id, 0, leaves, error) ||
      !select_rows (export, &slot_table, id, 0, slots, error))
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

  if (!select_rows (export, &trajecten_table, NULL, 0, all, error))
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      JsonObject *traject = g_ptr_array_index (all, i);

      if (selection->scope == OPL_EXPORT_SCOPE_AIOS &&
          g_strcmp0 (opl_export_record_get_string (traject, "aios_id"), selection->aios_id) != 0)
        continue;
      if (!meets_year (export, opl_export_record_get_string (traject, "start_date"),
                       opl_export_record_get_string (traject, "end_date")))
        continue;
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

  if (!select_rows (export, &forms_table, traject_id, 0, forms, error))
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

      if (!select_rows (export, &answers_table, opl_export_record_get_string (form, "id"), 0, answers, error))
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

      if (!select_rows (export, &moments_done_table, id, 0, done, error))
        return FALSE;
      for (guint i = before; i < done->len; i++)
        g_ptr_array_add (own, g_ptr_array_index (done, i));
      if (!add_moments (export, traject, own, error))
        return FALSE;
    }

  if (wants (export, OPL_EXPORT_SECTION_LEERGESPREKKEN) &&
      !select_rows (export, &leergesprekken_table, id, 0, rows_of (export, OPL_EXPORT_LEERGESPREKKEN), error))
    return FALSE;

  if (wants (export, OPL_EXPORT_SECTION_FORMS) && !add_forms (export, id, error))
    return FALSE;

  if (wants (export, OPL_EXPORT_SECTION_KPB))
    {
      kpb = rows_of (export, OPL_EXPORT_KPB_ENTRIES);
      if (!select_rows (export, &kpb_table, id, 0, kpb, error))
        return FALSE;
      for (guint i = 0; i < kpb->len; i++)
        g_hash_table_add (export->definitions,
                          opl_export_definition_key (opl_export_record_get_string (g_ptr_array_index (kpb, i), "definition_id"),
                                                     opl_export_record_get_int (g_ptr_array_index (kpb, i),
                                                                                "definition_version", 0)));
    }

  if (wants (export, OPL_EXPORT_SECTION_DIENSTEN) &&
      !select_rows (export, &diensten_table, id, 0, rows_of (export, OPL_EXPORT_DIENSTEN), error))
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
  if (!select_rows (export, &closures_table, NULL, 0, all, error))
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

static gboolean
add_ticks (Export  *export,
           GError **error)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  const OplExportSelection *selection = export->selection;

  if (!wants (export, OPL_EXPORT_SECTION_CHECKLIST) || selection->scope == OPL_EXPORT_SCOPE_AIOS)
    return TRUE;

  if (!select_rows (export, &ticks_table,
                    selection->scope == OPL_EXPORT_SCOPE_OPLEIDER ? selection->opleider_id : NULL, 0, all, error))
    return FALSE;

  for (guint i = 0; i < all->len; i++)
    {
      JsonObject *tick = g_ptr_array_index (all, i);
      g_autofree char *first = NULL;
      GDate date;

      if (g_date_valid (&export->first))
        {
          if (!period_first_day (opl_export_record_get_string (tick, "period_key"), &date))
            continue;
          first = opl_date_to_iso (&date);
          if (!in_year (export, first))
            continue;
        }

      g_ptr_array_add (rows_of (export, OPL_EXPORT_CHECKLIST_TICKS), json_object_ref (tick));
    }

  return TRUE;
}

/* The opleiders' scholing and quality cycle (issue 6): all of the practice, every
 * opleider's of a year, or one opleider's (of a year). */
static gboolean
add_scholing (Export  *export,
              GError **error)
{
  static const StoreTable * const tables[] = { &scholing_table, &dispensations_table, &leerpunten_table, &hao_table };
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

  if (!select_rows (export, &definitions_table, NULL, 0, all, error))
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

  if (!select_rows (export, &people_table, NULL, 0, all, error))
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
      g_autofree char *first = opl_date_to_iso (&export->first);
      g_autofree char *last = opl_date_to_iso (&export->last);

      json_object_set_int_member (record, "year", selection->year);
      json_object_set_string_member (record, "first", first);
      json_object_set_string_member (record, "last", last);
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

  if (!select_rows (export, &practice_table, NULL, 0, practices, error))
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

  return ok ? opl_export_bundle_new_from_root (g_steal_pointer (&root), error) : NULL;
}

/* ---- import ----------------------------------------------------------------------- */

typedef struct
{
  OplDatabase     *database;
  GPtrArray       *conflicts;   /* char *: "$.path: what" */
  GHashTable      *new_rows;    /* JsonObject * to insert */
  guint            unchanged;
  guint            inserted;
} Import;

static void
add_conflict (Import     *import,
              const char *path,
              const char *what)
{
  g_ptr_array_add (import->conflicts, g_strdup_printf ("%s (%s)", path, what));
}

static void
bind_member (sqlite3_stmt *stmt,
             int           index,
             JsonObject   *record,
             const char   *member,
             const char   *parent_id)
{
  JsonNode *node;

  if (g_str_equal (member, "@parent"))
    {
      opl_bind_text (stmt, index, parent_id);
      return;
    }

  node = json_object_get_member (record, member);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    sqlite3_bind_null (stmt, index);
  else if (json_node_get_value_type (node) == G_TYPE_INT64)
    sqlite3_bind_int64 (stmt, index, json_node_get_int (node));
  else
    opl_bind_text (stmt, index, json_node_get_string (node));
}

/* The stored row with @record's identity: its record and (nested) its parent's id. */
static gboolean
find_stored (Import            *import,
             const StoreTable  *table,
             const char        *parent_id,
             JsonObject        *record,
             JsonObject       **stored,
             char             **stored_parent,
             GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (import->database, table->select_key, error);
  gboolean has_row;

  *stored = NULL;
  *stored_parent = NULL;
  if (stmt == NULL)
    return FALSE;

  if (table->key_member == NULL)
    opl_bind_text (stmt, 1, parent_id);
  else if (g_str_equal (table->key_member, "id"))
    opl_bind_text (stmt, 1, opl_export_record_get_string (record, "id"));
  else
    {
      opl_bind_text (stmt, 1, parent_id);
      bind_member (stmt, 2, record, table->key_member, parent_id);
    }

  if (!opl_database_step_row (import->database, stmt, &has_row, error))
    return FALSE;

  if (has_row)
    {
      *stored = read_record (spec_of (table), stmt, table->parent != NULL ? 1 : 0);
      if (table->parent != NULL)
        *stored_parent = g_strdup (opl_column_text (stmt, 0));
    }

  return TRUE;
}

/* The id of another row with @record's other unique key, or %NULL. */
static gboolean
find_natural (Import            *import,
              const char        *sql,
              const char * const *members,
              const char        *parent_id,
              JsonObject        *record,
              char             **other_id,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (import->database, sql, error);
  gboolean has_row;

  *other_id = NULL;
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; members[i] != NULL; i++)
    bind_member (stmt, (int) i + 1, record, members[i], parent_id);

  if (!opl_database_step_row (import->database, stmt, &has_row, error))
    return FALSE;
  if (has_row && g_strcmp0 (opl_column_text (stmt, 0), opl_export_record_get_string (record, "id")) != 0)
    *other_id = g_strdup (opl_column_text (stmt, 0));
  return TRUE;
}

static const char form_superseded_sql[] = "SELECT id FROM form WHERE supersedes = ?1";

/* Looks one row up without writing: unchanged, new (noted in new_rows) or a conflict. */
static gboolean
plan_row (Import            *import,
          const StoreTable  *table,
          const char        *parent_id,
          JsonObject        *record,
          const char        *path,
          GError           **error)
{
  g_autoptr(JsonObject) stored = NULL;
  g_autofree char *stored_parent = NULL;
  g_autofree char *differ = NULL;
  g_autofree char *other = NULL;
  const OplExportTable *spec = spec_of (table);

  if (!find_stored (import, table, parent_id, record, &stored, &stored_parent, error))
    return FALSE;

  if (stored != NULL)
    {
      if (table->parent != NULL && g_strcmp0 (stored_parent, parent_id) != 0)
        add_conflict (import, path, _("the database has this row under another parent"));
      else if ((differ = differing_fields (spec, stored, record)) != NULL)
        {
          /* Translators: %s lists the members that differ, e.g. "notes, changed_at" */
          g_autofree char *what = g_strdup_printf (_("differs in %s"), differ);

          add_conflict (import, path, what);
        }
      else
        import->unchanged++;
      return TRUE;
    }

  if (table->natural != NULL &&
      !(table == &forms_table && (opl_export_record_get_string (record, "supersedes") != NULL ||
                                  opl_export_record_get_int (record, "moment_month", 0) == 0)))
    {
      if (!find_natural (import, table->natural, table->natural_members, parent_id, record, &other, error))
        return FALSE;
      if (other != NULL)
        {
          add_conflict (import, path, _(table->natural_what));
          return TRUE;
        }
    }

  if (table == &forms_table && opl_export_record_get_string (record, "supersedes") != NULL)
    {
      static const char * const members[] = { "supersedes", NULL };

      if (!find_natural (import, form_superseded_sql, members, NULL, record, &other, error))
        return FALSE;
      if (other != NULL)
        {
          add_conflict (import, path, _("the database has another new version of the same form"));
          return TRUE;
        }
    }

  g_hash_table_add (import->new_rows, record);
  return TRUE;
}

static gboolean
plan_children (Import            *import,
               const StoreTable  *table,
               JsonObject        *parent,
               const char        *member,
               const char        *parent_path,
               GError           **error)
{
  const char *parent_id = opl_export_record_get_string (parent, "id");
  JsonNode *node = json_object_get_member (parent, member);

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *path = g_strdup_printf ("%s.%s", parent_path, member);

      return plan_row (import, table, parent_id, json_node_get_object (node), path, error);
    }

  for (guint i = 0; JSON_NODE_HOLDS_ARRAY (node) && i < json_array_get_length (json_node_get_array (node)); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s.%s[%u]", parent_path, member, i);

      if (!plan_row (import, table, parent_id, json_array_get_object_element (json_node_get_array (node), i),
                     path, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
plan_section (Import            *import,
              OplExportBundle   *bundle,
              const StoreTable  *table,
              GError           **error)
{
  JsonArray *rows = opl_export_bundle_get_section (bundle, table->section);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *path = g_strdup_printf ("$.%s[%u]", table->section, i);

      if (!plan_row (import, table, NULL, row, path, error))
        return FALSE;

      if (table == &trajecten_table &&
          !(plan_children (import, &opleiders_table, row, "opleiders", path, error) &&
            plan_children (import, &leave_periods_table, row, "leave_periods", path, error) &&
            plan_children (import, &slot_table, row, "slot", path, error)))
        return FALSE;

      if (table == &forms_table && !plan_children (import, &answers_table, row, "answers", path, error))
        return FALSE;
    }

  return TRUE;
}

/* The practice: an empty database takes the bundle's, another practice's is refused. */
static gboolean
plan_practice (Import           *import,
               OplExportBundle  *bundle,
               GError          **error)
{
  g_autoptr(GPtrArray) practices = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (import->database, practice_table.select_all, error);
  JsonObject *practice = opl_export_bundle_get_practice (bundle);
  gboolean has_row, ok;

  if (stmt == NULL)
    return FALSE;
  while ((ok = opl_database_step_row (import->database, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (practices, read_record (spec_of (&practice_table), stmt, 0));
  if (!ok)
    return FALSE;

  if (practices->len > 0 &&
      g_strcmp0 (opl_export_record_get_string (g_ptr_array_index (practices, 0), "id"),
                 opl_export_record_get_string (practice, "id")) != 0)
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_OTHER_PRACTICE,
                   _("The bundle is of the practice “%s”, not of this database’s “%s”; nothing was imported"),
                   opl_export_record_get_string (practice, "name"),
                   opl_export_record_get_string (g_ptr_array_index (practices, 0), "name"));
      return FALSE;
    }

  return plan_row (import, &practice_table, NULL, practice, "$.practice", error);
}

/* Inserts @record when it is new; a refusal names its path. */
static gboolean
insert_row (Import            *import,
            const StoreTable  *table,
            const char        *parent_id,
            JsonObject        *record,
            const char        *path,
            GError           **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!g_hash_table_contains (import->new_rows, record))
    return TRUE;

  stmt = opl_database_prepare (import->database, table->insert, error);
  if (stmt == NULL)
    return FALSE;

  if (table->parent != NULL)
    opl_bind_text (stmt, 1, parent_id);
  bind_record (spec_of (table), stmt, table->parent != NULL ? 2 : 1, record);

  if (!opl_database_step_done (import->database, stmt, &local_error))
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_CONFLICT,
                   _("%s: the database refuses this row (%s); nothing was imported"), path, local_error->message);
      return FALSE;
    }

  import->inserted++;
  return TRUE;
}

static gboolean
insert_children (Import            *import,
                 const StoreTable  *table,
                 JsonObject        *parent,
                 const char        *member,
                 const char        *parent_path,
                 GError           **error)
{
  const char *parent_id = opl_export_record_get_string (parent, "id");
  JsonNode *node = json_object_get_member (parent, member);

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *path = g_strdup_printf ("%s.%s", parent_path, member);

      return insert_row (import, table, parent_id, json_node_get_object (node), path, error);
    }

  for (guint i = 0; JSON_NODE_HOLDS_ARRAY (node) && i < json_array_get_length (json_node_get_array (node)); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s.%s[%u]", parent_path, member, i);

      if (!insert_row (import, table, parent_id, json_array_get_object_element (json_node_get_array (node), i),
                       path, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
insert_section (Import            *import,
                OplExportBundle   *bundle,
                const StoreTable  *table,
                GError           **error)
{
  JsonArray *rows = opl_export_bundle_get_section (bundle, table->section);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *path = g_strdup_printf ("$.%s[%u]", table->section, i);

      if (!insert_row (import, table, NULL, row, path, error))
        return FALSE;

      if (table == &trajecten_table &&
          !(insert_children (import, &opleiders_table, row, "opleiders", path, error) &&
            insert_children (import, &leave_periods_table, row, "leave_periods", path, error) &&
            insert_children (import, &slot_table, row, "slot", path, error)))
        return FALSE;
    }

  return TRUE;
}

static const char sign_off_sql[] =
  "UPDATE form SET state = ?1, finalized_on = ?2, finalized_by = ?3, discussed_on = ?4 WHERE id = ?5";

/* A new form goes in as a draft, gets its answers, then its state and dates: the
 * schema lets no answer into a final form. */
static gboolean
insert_form (Import      *import,
             JsonObject  *form,
             const char  *path,
             GError     **error)
{
  gboolean is_new = g_hash_table_contains (import->new_rows, form);
  g_autoptr(JsonObject) draft = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (is_new)
    {
      draft = json_object_new ();
      for (guint f = 0; f < spec_of (&forms_table)->n_fields; f++)
        {
          const char *name = spec_of (&forms_table)->fields[f].name;

          json_object_set_member (draft, name, json_node_copy (json_object_get_member (form, name)));
        }
      json_object_set_string_member (draft, "state", "draft");
      json_object_set_null_member (draft, "finalized_on");
      json_object_set_null_member (draft, "finalized_by");
      json_object_set_null_member (draft, "discussed_on");
      g_hash_table_add (import->new_rows, draft);
      if (!insert_row (import, &forms_table, NULL, draft, path, error))
        return FALSE;
      g_hash_table_remove (import->new_rows, draft);
    }

  if (!insert_children (import, &answers_table, form, "answers", path, error))
    return FALSE;

  if (!is_new || g_strcmp0 (opl_export_record_get_string (form, "state"), "draft") == 0)
    return TRUE;

  stmt = opl_database_prepare (import->database, sign_off_sql, error);
  if (stmt == NULL)
    return FALSE;
  bind_member (stmt, 1, form, "state", NULL);
  bind_member (stmt, 2, form, "finalized_on", NULL);
  bind_member (stmt, 3, form, "finalized_by", NULL);
  bind_member (stmt, 4, form, "discussed_on", NULL);
  bind_member (stmt, 5, form, "id", NULL);
  if (!opl_database_step_done (import->database, stmt, error))
    {
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }

  return TRUE;
}

/* Forms in an order the triggers take: a form before its new version. */
static gboolean
insert_forms (Import           *import,
              OplExportBundle  *bundle,
              GError          **error)
{
  JsonArray *rows = opl_export_bundle_get_section (bundle, OPL_EXPORT_FORMS);
  guint n = json_array_get_length (rows);
  g_autoptr(GHashTable) done = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean progress = TRUE;

  while (progress && g_hash_table_size (done) < n)
    {
      progress = FALSE;
      for (guint i = 0; i < n; i++)
        {
          JsonObject *form = json_array_get_object_element (rows, i);
          const char *id = opl_export_record_get_string (form, "id");
          const char *supersedes = opl_export_record_get_string (form, "supersedes");
          g_autofree char *path = NULL;

          if (g_hash_table_contains (done, id) ||
              (supersedes != NULL && !g_hash_table_contains (done, supersedes)))
            continue;

          path = g_strdup_printf ("$.forms[%u]", i);
          if (!insert_form (import, form, path, error))
            return FALSE;
          g_hash_table_add (done, (gpointer) id);
          progress = TRUE;
        }
    }

  return TRUE;
}

static const StoreTable * const import_order[] = {
  &people_table,
  &scholing_table,
  &dispensations_table,
  &leerpunten_table,
  &hao_table,
  &trajecten_table,
  &closures_table,
  &ticks_table,
  &moments_done_table,
  &leergesprekken_table,
  &definitions_table,
  &forms_table,
  &kpb_table,
  &diensten_table,
};

static char *
conflict_message (GPtrArray *conflicts)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < conflicts->len && i < MAX_LISTED_CONFLICTS; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? "; " : "", (const char *) g_ptr_array_index (conflicts, i));
  if (conflicts->len > MAX_LISTED_CONFLICTS)
    /* Translators: the end of a list of conflicts */
    g_string_append_printf (list, _("; and %u more"), conflicts->len - MAX_LISTED_CONFLICTS);

  /* Translators: %u is a number of rows, %s the list of them with what differs */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u row of the bundle conflicts with the database, so nothing was imported: %s",
                                       "%u rows of the bundle conflict with the database, so nothing was imported: %s",
                                       conflicts->len),
                          conflicts->len, list->str);
}

static gboolean
plan_and_write (Import           *import,
                OplExportBundle  *bundle,
                GError          **error)
{
  if (!plan_practice (import, bundle, error))
    return FALSE;

  for (guint t = 0; t < G_N_ELEMENTS (import_order); t++)
    {
      if (!plan_section (import, bundle, import_order[t], error))
        return FALSE;
    }

  if (import->conflicts->len > 0)
    {
      g_autofree char *message = conflict_message (import->conflicts);

      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_CONFLICT, message);
      return FALSE;
    }

  if (!insert_row (import, &practice_table, NULL, opl_export_bundle_get_practice (bundle), "$.practice", error))
    return FALSE;

  for (guint t = 0; t < G_N_ELEMENTS (import_order); t++)
    {
      gboolean ok = import_order[t] == &forms_table ? insert_forms (import, bundle, error)
                                                    : insert_section (import, bundle, import_order[t], error);

      if (!ok)
        return FALSE;
    }

  return TRUE;
}

/**
 * opl_store_import_bundle:
 * @bundle: a checked bundle (opl_export_bundle_new_from_file())
 * @report: (out) (optional): what was written and what was there already
 *
 * See opl-store-export.h. One transaction: all or nothing.
 */
gboolean
opl_store_import_bundle (OplStore         *self,
                         OplExportBundle  *bundle,
                         OplImportReport  *report,
                         GError          **error)
{
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) new_rows = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, NULL);
  Import import = {
    .database = opl_store_get_database (self),
    .conflicts = conflicts,
    .new_rows = new_rows,
  };
  gboolean ok;

  g_return_val_if_fail (OPL_IS_STORE (self), FALSE);
  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (bundle), FALSE);

  if (!opl_database_begin (import.database, error))
    return FALSE;

  ok = plan_and_write (&import, bundle, error);

  if (ok && import.inserted == 0)
    {
      /* Nothing new: end the transaction without a commit, so that nothing changes. */
      opl_database_rollback (import.database);
    }
  else if (!opl_store_finish_action (self, ok, error))
    return FALSE;

  if (report != NULL)
    {
      report->inserted = import.inserted;
      report->unchanged = import.unchanged;
    }
  return ok;
}
