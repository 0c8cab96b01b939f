/* opl-export-schema.h: the sections of an export bundle and their fields, as data.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table per section of the document (docs/export-schema.md). The fields mirror
 * the database's columns and CHECK constraints (src/core/opl-schema.c), so that a
 * bundle that passes them is one the database takes. The same tables make the JSON
 * Schema (docs/export-schema.json), the CSV columns and the checks of an import.
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef enum
{
  OPL_FIELD_UUID,        /* a UUID string (36 characters) */
  OPL_FIELD_TEXT,        /* a string: @min..@max characters (min counted after trimming spaces) */
  OPL_FIELD_DATE,        /* "YYYY-MM-DD", a real date */
  OPL_FIELD_TIMESTAMP,   /* "YYYY-MM-DDT...Z" (the audit columns) */
  OPL_FIELD_INT,         /* an integer, @min..@max */
  OPL_FIELD_REAL,        /* a number, @min_real..@max_real */
  OPL_FIELD_BOOL,        /* true or false */
  OPL_FIELD_ENUM,        /* one of @values */
  OPL_FIELD_STRINGS,     /* an array of @values */
  OPL_FIELD_CHILDREN,    /* an array of @child rows */
  OPL_FIELD_CHILD,       /* one @child row (or null when @nullable) */
} OplFieldType;

typedef struct _OplExportTable OplExportTable;

/**
 * OplExportField:
 * @name: the member name (the column's)
 * @ref: (nullable): the section whose "id" this UUID names (checked inside the bundle)
 * @pattern: (nullable): a GLib regex the text must match in whole
 * @description: what it holds, for the JSON Schema and the CSV docs
 */
typedef struct
{
  const char           *name;
  OplFieldType          type;
  gboolean              nullable;
  gint64                min;
  gint64                max;
  double                min_real;
  double                max_real;
  gboolean              exclusive_min;
  const char * const   *values;
  const char           *ref;
  const char           *pattern;
  const OplExportTable *child;
  const char           *description;
} OplExportField;

/**
 * OplExportTable:
 * @name: the section (root member) or the nested member name
 * @has_id: whether rows have an "id" of their own (the others are keyed by parent)
 * @derived: computed on export (the due moments); checked on import but not written
 * @audit: rows end with created_at, created_by, changed_at, changed_by
 */
struct _OplExportTable
{
  const char           *name;
  const char           *description;
  const OplExportField *fields;
  guint                 n_fields;
  gboolean              has_id;
  gboolean              derived;
};

/* The root's sections, in document order (practice first, an object). */
const OplExportTable * const *opl_export_schema_get_sections (guint *n_sections);
const OplExportTable         *opl_export_schema_lookup       (const char *section);
const OplExportTable         *opl_export_schema_get_selection (void);
const OplExportField         *opl_export_table_lookup_field  (const OplExportTable *table,
                                                              const char           *name);

JsonObject *opl_export_schema_check_record (const OplExportTable  *table,
                                            JsonNode              *node,
                                            const char            *path,
                                            GError               **error) G_GNUC_WARN_UNUSED_RESULT;

JsonNode   *opl_export_schema_to_json_schema (void) G_GNUC_WARN_UNUSED_RESULT;

/* "YYYY-MM-DDT..Z" as the audit columns hold it. */
gboolean    opl_export_is_timestamp          (const char *text);

/* The years a bundle's dates and timestamps may fall in (those of the database's
 * opleidingsjaren and opleider_since). */
#define OPL_EXPORT_FIRST_YEAR 1950
#define OPL_EXPORT_LAST_YEAR 2200

gboolean    opl_export_check_date_range      (const char  *text,
                                              const char  *where,
                                              GError     **error);

G_END_DECLS
