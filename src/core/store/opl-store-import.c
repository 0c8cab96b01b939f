/* opl-store-import.c
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
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

#include <glib/gi18n.h>

#include "opl-store-export.h"
#include "opl-store-export-private.h"
#include "opl-store-private.h"

/* How many conflicts the message lists by name. */
#define MAX_LISTED_CONFLICTS 10

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

      if (opl_export_field_is_stored (field) &&
          !same_value (json_object_get_member (a, field->name), json_object_get_member (b, field->name)))
        g_string_append_printf (names, "%s%s", names->len > 0 ? ", " : "", field->name);
    }

  return names->len > 0 ? g_string_free (g_steal_pointer (&names), FALSE) : NULL;
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
             const OplStoreTable  *table,
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
      *stored = opl_store_table_read (opl_store_table_get_spec (table), stmt, table->parent != NULL ? 1 : 0);
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
          const OplStoreTable  *table,
          const char        *parent_id,
          JsonObject        *record,
          const char        *path,
          GError           **error)
{
  g_autoptr(JsonObject) stored = NULL;
  g_autofree char *stored_parent = NULL;
  g_autofree char *differ = NULL;
  g_autofree char *other = NULL;
  const OplExportTable *spec = opl_store_table_get_spec (table);

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
      !(table == &opl_store_table_forms && (opl_export_record_get_string (record, "supersedes") != NULL ||
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

  if (table == &opl_store_table_forms && opl_export_record_get_string (record, "supersedes") != NULL)
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

/* The practice: an empty database takes the bundle's, another practice's is refused. */
static gboolean
plan_practice (Import           *import,
               OplExportBundle  *bundle,
               GError          **error)
{
  g_autoptr(GPtrArray) practices = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_autoptr(sqlite3_stmt) stmt = opl_database_prepare (import->database, opl_store_table_practice.select_all, error);
  JsonObject *practice = opl_export_bundle_get_practice (bundle);
  gboolean has_row, ok;

  if (stmt == NULL)
    return FALSE;
  while ((ok = opl_database_step_row (import->database, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (practices, opl_store_table_read (opl_store_table_get_spec (&opl_store_table_practice), stmt, 0));
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

  return plan_row (import, &opl_store_table_practice, NULL, practice, "$.practice", error);
}

/* Inserts @record when it is new; a refusal names its path. */
static gboolean
insert_row (Import            *import,
            const OplStoreTable  *table,
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
  opl_store_table_bind (opl_store_table_get_spec (table), stmt, table->parent != NULL ? 2 : 1, record);

  if (!opl_database_step_done (import->database, stmt, &local_error))
    {
      g_set_error (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_CONFLICT,
                   _("%s: the database refuses this row (%s); nothing was imported"), path, local_error->message);
      return FALSE;
    }

  import->inserted++;
  return TRUE;
}

/* plan_row() or insert_row(): one row of @table, a child of the row @parent_id when
 * that is not %NULL; @path names it in the bundle. */
typedef gboolean (*RowFunc) (Import               *import,
                             const OplStoreTable  *table,
                             const char           *parent_id,
                             JsonObject           *record,
                             const char           *path,
                             GError              **error);

/* The rows nested in @parent under @member: one object or an array of them. */
static gboolean
each_child (Import               *import,
            RowFunc               row_func,
            const OplStoreTable  *table,
            JsonObject           *parent,
            const char           *member,
            const char           *parent_path,
            GError              **error)
{
  const char *parent_id = opl_export_record_get_string (parent, "id");
  JsonNode *node = json_object_get_member (parent, member);

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *path = g_strdup_printf ("%s.%s", parent_path, member);

      return row_func (import, table, parent_id, json_node_get_object (node), path, error);
    }

  for (guint i = 0; JSON_NODE_HOLDS_ARRAY (node) && i < json_array_get_length (json_node_get_array (node)); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s.%s[%u]", parent_path, member, i);

      if (!row_func (import, table, parent_id, json_array_get_object_element (json_node_get_array (node), i),
                     path, error))
        return FALSE;
    }

  return TRUE;
}

/* Every row of @table's section, with the rows nested in it (a traject's opleiders,
 * leave and slot; a form's answers). */
static gboolean
each_section_row (Import               *import,
                  RowFunc               row_func,
                  OplExportBundle      *bundle,
                  const OplStoreTable  *table,
                  GError              **error)
{
  JsonArray *rows = opl_export_bundle_get_section (bundle, table->section);

  for (guint i = 0; i < json_array_get_length (rows); i++)
    {
      JsonObject *row = json_array_get_object_element (rows, i);
      g_autofree char *path = g_strdup_printf ("$.%s[%u]", table->section, i);

      if (!row_func (import, table, NULL, row, path, error))
        return FALSE;

      if (table == &opl_store_table_trajecten &&
          !(each_child (import, row_func, &opl_store_table_opleiders, row, "opleiders", path, error) &&
            each_child (import, row_func, &opl_store_table_leave_periods, row, "leave_periods", path, error) &&
            each_child (import, row_func, &opl_store_table_slot, row, "slot", path, error)))
        return FALSE;

      if (table == &opl_store_table_forms &&
          !each_child (import, row_func, &opl_store_table_answers, row, "answers", path, error))
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
      for (guint f = 0; f < opl_store_table_get_spec (&opl_store_table_forms)->n_fields; f++)
        {
          const char *name = opl_store_table_get_spec (&opl_store_table_forms)->fields[f].name;

          json_object_set_member (draft, name, json_node_copy (json_object_get_member (form, name)));
        }
      json_object_set_string_member (draft, "state", "draft");
      json_object_set_null_member (draft, "finalized_on");
      json_object_set_null_member (draft, "finalized_by");
      json_object_set_null_member (draft, "discussed_on");
      g_hash_table_add (import->new_rows, draft);
      if (!insert_row (import, &opl_store_table_forms, NULL, draft, path, error))
        return FALSE;
      g_hash_table_remove (import->new_rows, draft);
    }

  if (!each_child (import, insert_row, &opl_store_table_answers, form, "answers", path, error))
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

static const OplStoreTable * const import_order[] = {
  &opl_store_table_people,
  &opl_store_table_scholing,
  &opl_store_table_dispensations,
  &opl_store_table_leerpunten,
  &opl_store_table_hao,
  &opl_store_table_trajecten,
  &opl_store_table_closures,
  &opl_store_table_ticks,
  &opl_store_table_moments_done,
  &opl_store_table_leergesprekken,
  &opl_store_table_definitions,
  &opl_store_table_forms,
  &opl_store_table_kpb,
  &opl_store_table_diensten,
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
      if (!each_section_row (import, plan_row, bundle, import_order[t], error))
        return FALSE;
    }

  if (import->conflicts->len > 0)
    {
      g_autofree char *message = conflict_message (import->conflicts);

      g_set_error_literal (error, OPL_EXPORT_ERROR, OPL_EXPORT_ERROR_CONFLICT, message);
      return FALSE;
    }

  if (!insert_row (import, &opl_store_table_practice, NULL, opl_export_bundle_get_practice (bundle), "$.practice", error))
    return FALSE;

  for (guint t = 0; t < G_N_ELEMENTS (import_order); t++)
    {
      const OplStoreTable *table = import_order[t];
      gboolean ok = table == &opl_store_table_forms ? insert_forms (import, bundle, error)
                                                    : each_section_row (import, insert_row, bundle, table, error);

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
