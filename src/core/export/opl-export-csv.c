/* opl-export-csv.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each table is a list of columns over one section (or the rows nested in it). Most
 * columns are a record's member as it is in the JSON; a few add what a reader of a
 * spreadsheet needs beside an id: a person's name, the aios of a traject, the text of a
 * form's item and the label of a scale value, a time as HH:MM.
 */

#define G_LOG_DOMAIN "opl-export"

#include "config.h"

#include <string.h>

#include "opl-export-csv.h"
#include "opl-export-private.h"
#include "opl-export-writer.h"

typedef enum
{
  COL_MEMBER,          /* the row's member */
  COL_PARENT,          /* the parent row's member (nested tables) */
  COL_PERSON,          /* the name of the person the row's member names */
  COL_PARENT_PERSON,   /* the name of the person the parent's member names */
  COL_AIOS,            /* the aios of the traject the row's member names */
  COL_TIME,            /* minutes after midnight as HH:MM */
  COL_ITEM_TEXT,       /* an answer's item text, from its form's definition */
  COL_VALUE_LABEL,     /* an answer's scale label */
  COL_TITLE,           /* the title of the definition the row names (or is) */
} ColumnKind;

typedef struct
{
  const char *header;
  ColumnKind  kind;
  const char *member;
} Column;

typedef struct
{
  const char   *file;
  const char   *section;
  const char   *nested;     /* (nullable): the member of the section's rows to list */
  const Column *columns;
  guint         n_columns;
} CsvTable;

#define M(name) { name, COL_MEMBER, name }
#define AUDIT_COLUMNS M ("created_at"), M ("created_by"), M ("changed_at"), M ("changed_by")
#define TABLE(var, file, section, nested) { file, section, nested, var, G_N_ELEMENTS (var) }

static const Column practice_columns[] = {
  M ("id"), M ("name"), M ("institute"), AUDIT_COLUMNS,
};
static const Column people_columns[] = {
  M ("id"), M ("name"), M ("role"), M ("email"), M ("opleider_since"), M ("archived"), AUDIT_COLUMNS,
};
static const Column trajecten_columns[] = {
  M ("id"), M ("aios_id"), { "aios_name", COL_PERSON, "aios_id" }, M ("phase"), M ("start_date"),
  M ("end_date"), M ("parttime"), M ("bekwaamheidsverklaring_on"), AUDIT_COLUMNS,
};
static const Column opleiders_columns[] = {
  { "traject_id", COL_PARENT, "id" }, { "aios_name", COL_PARENT_PERSON, "aios_id" },
  M ("opleider_id"), { "opleider_name", COL_PERSON, "opleider_id" }, M ("share"), AUDIT_COLUMNS,
};
static const Column leave_columns[] = {
  { "traject_id", COL_PARENT, "id" }, { "aios_name", COL_PARENT_PERSON, "aios_id" },
  M ("id"), M ("kind"), M ("start_date"), M ("end_date"), M ("note"), AUDIT_COLUMNS,
};
static const Column slot_columns[] = {
  { "traject_id", COL_PARENT, "id" }, { "aios_name", COL_PARENT_PERSON, "aios_id" },
  M ("weekday"), M ("start_minute"), { "start_time", COL_TIME, "start_minute" }, M ("duration"),
  M ("coschap_start"), AUDIT_COLUMNS,
};
static const Column closures_columns[] = {
  M ("id"), M ("start_date"), M ("end_date"), M ("reason"), AUDIT_COLUMNS,
};
static const Column ticks_columns[] = {
  M ("id"), M ("person_id"), { "person_name", COL_PERSON, "person_id" }, M ("item_id"), M ("period_key"),
  M ("checklist_version"), AUDIT_COLUMNS,
};
static const Column moments_columns[] = {
  M ("traject_id"), { "aios_name", COL_AIOS, "traject_id" }, M ("kind"), M ("month"), M ("due"), M ("who"),
  M ("state"), M ("done_on"),
};
static const Column moments_done_columns[] = {
  M ("id"), M ("traject_id"), { "aios_name", COL_AIOS, "traject_id" }, M ("kind"), M ("month"), M ("done_on"),
  M ("note"), AUDIT_COLUMNS,
};
static const Column leergesprekken_columns[] = {
  M ("id"), M ("traject_id"), { "aios_name", COL_AIOS, "traject_id" }, M ("week_key"), M ("date"),
  M ("start_minute"), { "start_time", COL_TIME, "start_minute" }, M ("duration"), M ("kind"), M ("status"),
  M ("opleider_id"), { "opleider_name", COL_PERSON, "opleider_id" }, M ("agenda"), M ("notes"),
  M ("agreements"), M ("top"), M ("tip"), M ("cancel_reason"), AUDIT_COLUMNS,
};
static const Column definitions_columns[] = {
  M ("id"), M ("definition_id"), M ("version"), M ("kind"), { "title", COL_TITLE, NULL }, M ("checksum"),
  AUDIT_COLUMNS,
};
static const Column forms_columns[] = {
  M ("id"), M ("definition_id"), M ("definition_version"), { "definition_title", COL_TITLE, NULL }, M ("kind"),
  M ("traject_id"), { "aios_name", COL_AIOS, "traject_id" }, M ("subject_id"),
  { "subject_name", COL_PERSON, "subject_id" }, M ("author_id"), { "author_name", COL_PERSON, "author_id" },
  M ("author_role"), M ("moment_month"), M ("form_date"), M ("state"), M ("finalized_on"), M ("finalized_by"),
  M ("discussed_on"), M ("shared"), M ("supersedes"), AUDIT_COLUMNS,
};
static const Column answers_columns[] = {
  { "form_id", COL_PARENT, "id" }, M ("id"), M ("item_id"), { "item_text", COL_ITEM_TEXT, "item_id" },
  M ("value"), { "value_label", COL_VALUE_LABEL, "value" }, M ("note"), AUDIT_COLUMNS,
};
static const Column kpb_columns[] = {
  M ("id"), M ("traject_id"), { "aios_name", COL_AIOS, "traject_id" }, M ("kind"), M ("entry_date"), M ("topic"),
  M ("competentiegebied"), M ("score"), M ("feedback"), M ("assessor_id"),
  { "assessor_name", COL_PERSON, "assessor_id" }, M ("definition_id"), M ("definition_version"), AUDIT_COLUMNS,
};
static const Column diensten_columns[] = {
  M ("id"), M ("traject_id"), { "aios_name", COL_AIOS, "traject_id" }, M ("dienst_date"), M ("kind"),
  M ("with_person_id"), { "with_person_name", COL_PERSON, "with_person_id" }, M ("with_name"),
  M ("at_distance"), M ("note"), AUDIT_COLUMNS,
};

static const Column scholing_columns[] = {
  M ("id"), M ("person_id"), { "person_name", COL_PERSON, "person_id" }, M ("date"), M ("kind"), M ("leergang"),
  M ("leergang_day"), M ("alternative"), M ("title"), M ("half_day"), M ("attended"), M ("replacement_done"),
  M ("note"), AUDIT_COLUMNS,
};
static const Column dispensations_columns[] = {
  M ("id"), M ("person_id"), { "person_name", COL_PERSON, "person_id" }, M ("year"), M ("days"), M ("reason"),
  AUDIT_COLUMNS,
};
static const Column leerpunten_columns[] = {
  M ("id"), M ("person_id"), { "person_name", COL_PERSON, "person_id" }, M ("year"), M ("position"), M ("text"),
  M ("achieved"), AUDIT_COLUMNS,
};
static const Column hao_columns[] = {
  M ("id"), M ("person_id"), { "person_name", COL_PERSON, "person_id" }, M ("date"), M ("note"), AUDIT_COLUMNS,
};

static const CsvTable tables[] = {
  TABLE (practice_columns, "practice.csv", "practice", NULL),
  TABLE (people_columns, "people.csv", OPL_EXPORT_PEOPLE, NULL),
  TABLE (trajecten_columns, "trajecten.csv", OPL_EXPORT_TRAJECTEN, NULL),
  TABLE (opleiders_columns, "traject_opleiders.csv", OPL_EXPORT_TRAJECTEN, "opleiders"),
  TABLE (leave_columns, "leave_periods.csv", OPL_EXPORT_TRAJECTEN, "leave_periods"),
  TABLE (slot_columns, "leergesprek_slots.csv", OPL_EXPORT_TRAJECTEN, "slot"),
  TABLE (closures_columns, "closures.csv", OPL_EXPORT_CLOSURES, NULL),
  TABLE (ticks_columns, "checklist_ticks.csv", OPL_EXPORT_CHECKLIST_TICKS, NULL),
  TABLE (moments_columns, "moments.csv", OPL_EXPORT_MOMENTS, NULL),
  TABLE (moments_done_columns, "moments_done.csv", OPL_EXPORT_MOMENTS_DONE, NULL),
  TABLE (leergesprekken_columns, "leergesprekken.csv", OPL_EXPORT_LEERGESPREKKEN, NULL),
  TABLE (definitions_columns, "form_definitions.csv", OPL_EXPORT_FORM_DEFINITIONS, NULL),
  TABLE (forms_columns, "forms.csv", OPL_EXPORT_FORMS, NULL),
  TABLE (answers_columns, "form_answers.csv", OPL_EXPORT_FORMS, "answers"),
  TABLE (kpb_columns, "kpb.csv", OPL_EXPORT_KPB_ENTRIES, NULL),
  TABLE (diensten_columns, "diensten.csv", OPL_EXPORT_DIENSTEN, NULL),
  TABLE (scholing_columns, "scholing.csv", OPL_EXPORT_SCHOLING, NULL),
  TABLE (dispensations_columns, "scholing_dispensations.csv", OPL_EXPORT_DISPENSATIONS, NULL),
  TABLE (leerpunten_columns, "leerpunten.csv", OPL_EXPORT_LEERPUNTEN, NULL),
  TABLE (hao_columns, "hao_gesprekken.csv", OPL_EXPORT_HAO_GESPREKKEN, NULL),
};

#undef TABLE
#undef AUDIT_COLUMNS
#undef M

/**
 * opl_export_csv_get_table_names:
 *
 * Returns: (transfer none): the file names of the tables, in the order they are written
 */
const char * const *
opl_export_csv_get_table_names (void)
{
  static const char **names;

  if (g_once_init_enter (&names))
    {
      const char **list = g_new0 (const char *, G_N_ELEMENTS (tables) + 1);

      for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
        list[i] = tables[i].file;
      g_once_init_leave (&names, list);
    }

  return names;
}

/**
 * opl_export_csv_append_field:
 *
 * Appends @text as one RFC 4180 field: in double quotes (with its quotes doubled) when
 * it holds a comma, a double quote, a CR or an LF.
 */
void
opl_export_csv_append_field (GString    *out,
                             const char *text)
{
  if (text == NULL)
    return;

  if (strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }

  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* A member as text: empty for null, true/false, numbers as in the JSON, a list of
 * values joined by "; ". */
static char *
member_text (JsonObject *row,
             const char *member)
{
  JsonNode *node = row != NULL ? json_object_get_member (row, member) : NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) values = NULL;

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_strv_builder_add (builder, json_array_get_string_element (array, i));
      values = g_strv_builder_end (builder);
      return g_strjoinv ("; ", values);
    }

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      {
        GString *text = g_string_new (NULL);

        opl_export_append_double (text, json_node_get_double (node));
        return g_string_free (text, FALSE);
      }
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (node));
    default:
      return NULL;
    }
}

static OplFormDefinition *
definition_of (OplExportBundle *bundle,
               JsonObject      *row)
{
  const char *id = opl_export_record_get_string (row, "definition_id");
  gint64 version = opl_export_record_get_int (row, "definition_version", -1);

  if (version < 0)
    version = opl_export_record_get_int (row, "version", 0);

  return opl_export_bundle_get_form_definition (bundle, id, (int) version);
}

static char *
cell_text (OplExportBundle *bundle,
           const Column    *column,
           JsonObject      *row,
           JsonObject      *parent)
{
  switch (column->kind)
    {
    case COL_MEMBER:
      return member_text (row, column->member);
    case COL_PARENT:
      return member_text (parent, column->member);
    case COL_PERSON:
      return g_strdup (opl_export_bundle_get_person_name (bundle, opl_export_record_get_string (row, column->member)));
    case COL_PARENT_PERSON:
      return g_strdup (opl_export_bundle_get_person_name (bundle, opl_export_record_get_string (parent, column->member)));
    case COL_AIOS:
      {
        JsonObject *traject = opl_export_bundle_lookup (bundle, OPL_EXPORT_TRAJECTEN,
                                                        opl_export_record_get_string (row, column->member));

        return g_strdup (opl_export_bundle_get_person_name (bundle, opl_export_record_get_string (traject, "aios_id")));
      }
    case COL_TIME:
      {
        gint64 minutes = opl_export_record_get_int (row, column->member, -1);

        return minutes >= 0 ? g_strdup_printf ("%02d:%02d", (int) (minutes / 60), (int) (minutes % 60)) : NULL;
      }
    case COL_ITEM_TEXT:
    case COL_VALUE_LABEL:
      {
        OplFormDefinition *definition = definition_of (bundle, parent);
        const OplFormItem *item = NULL;
        const OplFormScaleOption *option = NULL;

        if (definition != NULL)
          item = opl_form_definition_lookup_item (definition, opl_export_record_get_string (row, "item_id"), NULL);
        if (item == NULL)
          return NULL;
        if (column->kind == COL_ITEM_TEXT)
          return g_strdup (item->text);
        if (item->scale != NULL && opl_export_record_get_string (row, "value") != NULL)
          option = opl_form_scale_lookup_option (item->scale, opl_export_record_get_string (row, "value"));
        return option != NULL ? g_strdup (option->label) : NULL;
      }
    case COL_TITLE:
      {
        OplFormDefinition *definition = definition_of (bundle, row);

        return definition != NULL ? g_strdup (opl_form_definition_get_title (definition)) : NULL;
      }
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
append_row (GString         *out,
            OplExportBundle *bundle,
            const CsvTable  *table,
            JsonObject      *row,
            JsonObject      *parent)
{
  for (guint c = 0; c < table->n_columns; c++)
    {
      g_autofree char *text = cell_text (bundle, &table->columns[c], row, parent);

      if (c > 0)
        g_string_append_c (out, ',');
      opl_export_csv_append_field (out, text);
    }
  g_string_append (out, "\r\n");
}

static void
append_rows (GString         *out,
             OplExportBundle *bundle,
             const CsvTable  *table)
{
  JsonArray *rows;

  if (g_str_equal (table->section, "practice"))
    {
      append_row (out, bundle, table, opl_export_bundle_get_practice (bundle), NULL);
      return;
    }

  rows = opl_export_bundle_get_section (bundle, table->section);
  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      JsonNode *nested;

      if (table->nested == NULL)
        {
          append_row (out, bundle, table, row, NULL);
          continue;
        }

      nested = json_object_get_member (row, table->nested);
      if (JSON_NODE_HOLDS_OBJECT (nested))
        append_row (out, bundle, table, json_node_get_object (nested), row);
      else if (JSON_NODE_HOLDS_ARRAY (nested))
        {
          JsonArray *children = json_node_get_array (nested);

          for (guint c = 0; c < json_array_get_length (children); c++)
            append_row (out, bundle, table, json_array_get_object_element (children, c), row);
        }
    }
}

/**
 * opl_export_csv_make_table:
 * @name: one of opl_export_csv_get_table_names()
 * @length: (out) (optional): its length in bytes
 *
 * Returns: (transfer full) (nullable): the table's text (with the byte order mark), or
 *   %NULL for a name that is not a table
 */
char *
opl_export_csv_make_table (OplExportBundle *bundle,
                           const char      *name,
                           gsize           *length)
{
  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (bundle), NULL);

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      const CsvTable *table = &tables[t];
      GString *out;

      if (!g_str_equal (table->file, name))
        continue;

      out = g_string_new ("\xEF\xBB\xBF");
      for (guint c = 0; c < table->n_columns; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          opl_export_csv_append_field (out, table->columns[c].header);
        }
      g_string_append (out, "\r\n");
      append_rows (out, bundle, table);

      if (length != NULL)
        *length = out->len;
      return g_string_free (out, FALSE);
    }

  return NULL;
}

/**
 * opl_export_csv_write_all:
 * @directory: an existing folder
 *
 * Writes every table into @directory.
 */
gboolean
opl_export_csv_write_all (OplExportBundle  *bundle,
                          const char       *directory,
                          GError          **error)
{
  const char * const *names = opl_export_csv_get_table_names ();

  g_return_val_if_fail (OPL_IS_EXPORT_BUNDLE (bundle), FALSE);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (directory, names[i], NULL);
      g_autofree char *text = NULL;
      gsize length;

      text = opl_export_csv_make_table (bundle, names[i], &length);
      if (!opl_export_write_private_file (path, text, (gssize) length, error))
        return FALSE;
    }

  return TRUE;
}
