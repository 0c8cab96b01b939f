/* opl-store-export-tables.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The statements of every section of a bundle, with the columns in the order of its
 * fields in opl-export-schema.c, so that one reader and one binder serve every table.
 */

#define G_LOG_DOMAIN "opl-store-export"

#include "config.h"

#include <glib/gi18n.h>

#include "opl-store-export-private.h"

#define AUDIT ", created_at, created_by, changed_at, changed_by"
#define AUDIT_VALUES ", ?, ?, ?, ?"

const OplStoreTable opl_store_table_practice = {
  "practice", NULL,
  "SELECT id, name, institute" AUDIT " FROM practice",
  "SELECT id, name, institute" AUDIT " FROM practice WHERE id = ?1",
  "INSERT INTO practice (id, name, institute" AUDIT ") VALUES (?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

const OplStoreTable opl_store_table_people = {
  "people", NULL,
  "SELECT id, name, role, email, opleider_since, archived" AUDIT " FROM person",
  "SELECT id, name, role, email, opleider_since, archived" AUDIT " FROM person WHERE id = ?1",
  "INSERT INTO person (id, name, role, email, opleider_since, archived" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

const OplStoreTable opl_store_table_trajecten = {
  "trajecten", NULL,
  "SELECT id, aios_id, phase, start_date, end_date, parttime, bekwaamheidsverklaring_on" AUDIT
  " FROM traject ORDER BY start_date, id",
  "SELECT id, aios_id, phase, start_date, end_date, parttime, bekwaamheidsverklaring_on" AUDIT
  " FROM traject WHERE id = ?1",
  "INSERT INTO traject (id, aios_id, phase, start_date, end_date, parttime, bekwaamheidsverklaring_on" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

const OplStoreTable opl_store_table_opleiders = {
  "opleiders", "traject_id",
  "SELECT opleider_id, share" AUDIT " FROM traject_opleider WHERE traject_id = ?1"
  " ORDER BY share DESC, opleider_id",
  "SELECT traject_id, opleider_id, share" AUDIT " FROM traject_opleider WHERE traject_id = ?1 AND opleider_id = ?2",
  "INSERT INTO traject_opleider (traject_id, opleider_id, share" AUDIT ") VALUES (?, ?, ?" AUDIT_VALUES ")",
  "opleider_id", NULL, { NULL }, NULL
};

const OplStoreTable opl_store_table_leave_periods = {
  "leave_periods", "traject_id",
  "SELECT id, kind, start_date, end_date, note" AUDIT " FROM leave_period WHERE traject_id = ?1"
  " ORDER BY start_date, id",
  "SELECT traject_id, id, kind, start_date, end_date, note" AUDIT " FROM leave_period WHERE id = ?1",
  "INSERT INTO leave_period (traject_id, id, kind, start_date, end_date, note" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

const OplStoreTable opl_store_table_slot = {
  "slot", "traject_id",
  "SELECT weekday, start_minute, duration, coschap_start" AUDIT " FROM leergesprek_slot WHERE traject_id = ?1",
  "SELECT traject_id, weekday, start_minute, duration, coschap_start" AUDIT
  " FROM leergesprek_slot WHERE traject_id = ?1",
  "INSERT INTO leergesprek_slot (traject_id, weekday, start_minute, duration, coschap_start" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?" AUDIT_VALUES ")",
  NULL, NULL, { NULL }, NULL
};

const OplStoreTable opl_store_table_closures = {
  "closures", NULL,
  "SELECT id, start_date, end_date, reason" AUDIT " FROM closure ORDER BY start_date, id",
  "SELECT id, start_date, end_date, reason" AUDIT " FROM closure WHERE id = ?1",
  "INSERT INTO closure (id, start_date, end_date, reason" AUDIT ") VALUES (?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

const OplStoreTable opl_store_table_ticks = {
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

const OplStoreTable opl_store_table_moments_done = {
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

const OplStoreTable opl_store_table_leergesprekken = {
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

const OplStoreTable opl_store_table_definitions = {
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

const OplStoreTable opl_store_table_forms = {
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

const OplStoreTable opl_store_table_answers = {
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

const OplStoreTable opl_store_table_kpb = {
  "kpb_entries", NULL,
  "SELECT " KPB_COLUMNS " FROM kpb_entry WHERE traject_id = ?1",
  "SELECT " KPB_COLUMNS " FROM kpb_entry WHERE id = ?1",
  "INSERT INTO kpb_entry (" KPB_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

#define DIENST_COLUMNS "id, traject_id, dienst_date, kind, with_person_id, with_name, at_distance, note" AUDIT

const OplStoreTable opl_store_table_diensten = {
  "diensten", NULL,
  "SELECT " DIENST_COLUMNS " FROM dienst WHERE traject_id = ?1",
  "SELECT " DIENST_COLUMNS " FROM dienst WHERE id = ?1",
  "INSERT INTO dienst (" DIENST_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

#define SCHOLING_COLUMNS \
  "id, person_id, date, kind, leergang, leergang_day, alternative, title, half_day, attended," \
  " replacement_done, note" AUDIT

const OplStoreTable opl_store_table_scholing = {
  "scholing", NULL,
  "SELECT " SCHOLING_COLUMNS " FROM scholing WHERE ?1 IS NULL OR person_id = ?1",
  "SELECT " SCHOLING_COLUMNS " FROM scholing WHERE id = ?1",
  "INSERT INTO scholing (" SCHOLING_COLUMNS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

const OplStoreTable opl_store_table_dispensations = {
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

const OplStoreTable opl_store_table_leerpunten = {
  "leerpunten", NULL,
  "SELECT id, person_id, year, position, text, achieved" AUDIT " FROM leerpunt WHERE ?1 IS NULL OR person_id = ?1",
  "SELECT id, person_id, year, position, text, achieved" AUDIT " FROM leerpunt WHERE id = ?1",
  "INSERT INTO leerpunt (id, person_id, year, position, text, achieved" AUDIT ")"
  " VALUES (?, ?, ?, ?, ?, ?" AUDIT_VALUES ")",
  "id", NULL, { NULL }, NULL
};

const OplStoreTable opl_store_table_hao = {
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

const OplExportTable *
opl_store_table_get_spec (const OplStoreTable *table)
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

gboolean
opl_export_field_is_stored (const OplExportField *field)
{
  return field->type != OPL_FIELD_CHILDREN && field->type != OPL_FIELD_CHILD && field->type != OPL_FIELD_STRINGS;
}
/* ---- one row, both ways ----------------------------------------------------------- */

/* The record of the row @stmt is on, its columns from @first in the fields' order;
 * nested sections start as empty (filled by the caller). */
JsonObject *
opl_store_table_read (const OplExportTable *spec,
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
void
opl_store_table_bind (const OplExportTable *spec,
             sqlite3_stmt         *stmt,
             int                   first,
             JsonObject           *record)
{
  int index = first;

  for (guint f = 0; f < spec->n_fields; f++)
    {
      const OplExportField *field = &spec->fields[f];
      JsonNode *node;

      if (!opl_export_field_is_stored (field))
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
