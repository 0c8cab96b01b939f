/* opl-merge-changes.c: what changed on one side since a copy was taken.
 *
 * SPDX-FileCopyrightText: The Opleidingspraktijk authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * SQLite's session extension compares each table of one database on the connection
 * with the same table of the state the copy was taken from (sqlite3session_diff):
 * exactly the rows inserted, deleted and updated, and of an update the columns that
 * changed, by primary key (every table has one: a UUID, design.md §5). The changeset
 * is read into OplMergeChange structs; opl-merge.c decides what to do with them.
 */

#define G_LOG_DOMAIN "opl-merge"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "opl-database-private.h"
#include "opl-merge-private.h"

/* The order in which a merge writes the tables: parents before children; a sealed
 * draft's seal before its answers are taken out, its answers before its form is
 * signed off (the schema's triggers, opl-schema.c). Tables not named here (a newer
 * schema's) come after, in the order of the schema. */
static const char * const write_order[] = {
  "practice", "person", "profile_lock", "institute_profile", "form_definition", "practice_form_definition",
  "traject", "traject_opleider", "leave_period", "closure", "leergesprek_slot", "leergesprek", "checklist_tick",
  "moment_done", "form_seal", "form_answer", "form", "kpb_entry", "dienst", "scholing", "scholing_dispensation",
  "leerpunt", "hao_gesprek", "opleider_year",
};

void
opl_merge_values_free (sqlite3_value **values,
                       guint           n)
{
  if (values == NULL)
    return;

  for (guint i = 0; i < n; i++)
    sqlite3_value_free (values[i]);
  g_free (values);
}

sqlite3_value **
opl_merge_values_new (guint n)
{
  return g_new0 (sqlite3_value *, n);
}

sqlite3_value **
opl_merge_values_copy (sqlite3_value **values,
                       guint           n)
{
  sqlite3_value **copy;

  if (values == NULL)
    return NULL;

  copy = opl_merge_values_new (n);
  for (guint i = 0; i < n; i++)
    copy[i] = values[i] != NULL ? sqlite3_value_dup (values[i]) : NULL;
  return copy;
}

/**
 * opl_merge_value_equal:
 *
 * Whether two values are the same: SQL NULL equals SQL NULL; a missing value (a NULL
 * pointer) equals nothing.
 */
gboolean
opl_merge_value_equal (sqlite3_value *a,
                       sqlite3_value *b)
{
  int type;

  if (a == NULL || b == NULL)
    return a == b;

  type = sqlite3_value_type (a);
  if (type != sqlite3_value_type (b))
    return FALSE;

  switch (type)
    {
    case SQLITE_NULL:
      return TRUE;
    case SQLITE_INTEGER:
      return sqlite3_value_int64 (a) == sqlite3_value_int64 (b);
    case SQLITE_FLOAT:
      return sqlite3_value_double (a) == sqlite3_value_double (b);
    default:
      {
        const void *x = sqlite3_value_blob (a);
        const void *y = sqlite3_value_blob (b);
        int n = sqlite3_value_bytes (a);

        return n == sqlite3_value_bytes (b) && (n == 0 || memcmp (x, y, (size_t) n) == 0);
      }
    }
}

/* A value holding @text, made by SQLite (values have no constructor of their own). */
sqlite3_value *
opl_merge_value_text (sqlite3    *db,
                      const char *text)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3_value *value = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT ?", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;

  if (text != NULL)
    sqlite3_bind_text (stmt, 1, text, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    value = sqlite3_value_dup (sqlite3_column_value (stmt, 0));
  sqlite3_finalize (stmt);
  return value;
}

int
opl_merge_column (OplMergeTable *table,
                  const char    *name)
{
  for (guint i = 0; i < table->n_columns; i++)
    if (g_str_equal (table->columns[i], name))
      return (int) i;
  return -1;
}

/* Who made or last changed a row, and when: not compared, merged by their own rule. */
gboolean
opl_merge_is_audit (OplMergeTable *table,
                    guint          column)
{
  const char *name = table->columns[column];

  return g_str_equal (name, "created_at") || g_str_equal (name, "created_by") ||
         g_str_equal (name, "changed_at") || g_str_equal (name, "changed_by");
}

/**
 * opl_merge_table_statement:
 *
 * Returns: (transfer none) (nullable): @sql about @table prepared once and reset for
 *   another use: a merge asks the same of a thousand rows
 */
sqlite3_stmt *
opl_merge_table_statement (OplMergeTable *table,
                           sqlite3       *db,
                           const char    *sql)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (table->statements, sql);

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  if (sqlite3_prepare_v3 (db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL) != SQLITE_OK)
    return NULL;
  g_hash_table_insert (table->statements, g_strdup (sql), stmt);
  return stmt;
}

/* Before a database the statements read is detached. */
void
opl_merge_tables_forget_statements (GPtrArray *tables)
{
  for (guint i = 0; tables != NULL && i < tables->len; i++)
    g_hash_table_remove_all (((OplMergeTable *) g_ptr_array_index (tables, i))->statements);
}

void
opl_merge_table_free (OplMergeTable *table)
{
  if (table == NULL)
    return;

  g_clear_pointer (&table->statements, g_hash_table_unref);
  g_free (table->name);
  g_strfreev (table->columns);
  g_free (table->pk);
  g_clear_pointer (&table->uniques, g_ptr_array_unref);
  g_clear_pointer (&table->unique_columns, g_ptr_array_unref);
  for (guint i = 0; table->parents != NULL && i < table->parents->len; i++)
    g_free (g_array_index (table->parents, OplMergeParent, i).table);
  g_clear_pointer (&table->parents, g_array_unref);
  g_free (table);
}

void
opl_merge_change_free (OplMergeChange *change)
{
  if (change == NULL)
    return;

  opl_merge_values_free (change->old_values, change->table->n_columns);
  opl_merge_values_free (change->new_values, change->table->n_columns);
  g_free (change->row_key);
  g_free (change->key);
  g_free (change);
}

/**
 * opl_merge_read_failed:
 *
 * Sets @error to "The copy could not be read" with SQLite's reason on @db, in one line.
 *
 * Returns: %FALSE
 */
gboolean
opl_merge_read_failed (sqlite3  *db,
                       GError  **error)
{
  g_autofree char *reason = opl_database_describe (db, SQLITE_ERROR);

  g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_REFUSED, _("The copy could not be read: %s"), reason);
  return FALSE;
}

static gboolean
read_columns (sqlite3        *db,
              OplMergeTable  *table,
              GError        **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name, pk FROM pragma_table_info ('%s')", table->name);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GByteArray) pk = g_byte_array_new ();
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return opl_merge_read_failed (db, error);

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      guint8 is_pk = sqlite3_column_int (stmt, 1) > 0;

      g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
      g_byte_array_append (pk, &is_pk, 1);
    }
  sqlite3_finalize (stmt);

  table->n_columns = names->len;
  g_ptr_array_add (names, NULL);
  table->columns = (char **) g_ptr_array_steal (names, NULL);
  table->pk = g_byte_array_steal (pk, NULL);
  table->changed_at = opl_merge_column (table, "changed_at");
  table->changed_by = opl_merge_column (table, "changed_by");
  return TRUE;
}

/* The WHERE clause that finds the row a UNIQUE index would not let in beside another:
 * its columns, and a partial index's condition. */
static void
add_unique (sqlite3       *db,
            OplMergeTable *table,
            const char    *index)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_index_info ('%s')", index);
  g_autoptr(GString) where = g_string_new (NULL);
  GArray *columns = g_array_new (FALSE, FALSE, sizeof (guint));
  sqlite3_stmt *stmt = NULL;
  const char *index_sql;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      g_array_unref (columns);
      return;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      int column = opl_merge_column (table, (const char *) sqlite3_column_text (stmt, 0));

      if (column < 0)
        continue;
      g_string_append_printf (where, "%s\"%s\" IS ?", where->len > 0 ? " AND " : "", table->columns[column]);
      g_array_append_val (columns, (guint) { column });
    }
  sqlite3_finalize (stmt);

  /* A partial index: its own condition too. */
  stmt = NULL;
  if (sqlite3_prepare_v2 (db, "SELECT sql FROM main.sqlite_master WHERE type = 'index' AND name = ?", -1, &stmt,
                          NULL) == SQLITE_OK)
    {
      sqlite3_bind_text (stmt, 1, index, -1, SQLITE_STATIC);
      if (sqlite3_step (stmt) == SQLITE_ROW && (index_sql = (const char *) sqlite3_column_text (stmt, 0)) != NULL &&
          strstr (index_sql, " WHERE ") != NULL)
        g_string_append_printf (where, " AND (%s)", strstr (index_sql, " WHERE ") + strlen (" WHERE "));
    }
  sqlite3_finalize (stmt);

  g_ptr_array_add (table->uniques, g_string_free (g_steal_pointer (&where), FALSE));
  g_ptr_array_add (table->unique_columns, columns);
}

static void
read_uniques (sqlite3       *db,
              OplMergeTable *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT name FROM pragma_index_list ('%s') WHERE \"unique\" AND origin <> 'pk'",
                                          table->name);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = NULL;

  table->uniques = g_ptr_array_new_with_free_func (g_free);
  table->unique_columns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_ptr_array_add (names, g_strdup ((const char *) sqlite3_column_text (stmt, 0)));
  sqlite3_finalize (stmt);

  for (guint i = 0; i < names->len; i++)
    add_unique (db, table, g_ptr_array_index (names, i));
}

static void
read_parents (sqlite3       *db,
              OplMergeTable *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT \"from\", \"table\" FROM pragma_foreign_key_list ('%s')", table->name);
  sqlite3_stmt *stmt = NULL;

  table->parents = g_array_new (FALSE, FALSE, sizeof (OplMergeParent));
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      OplMergeParent parent = {
        .column = (guint) opl_merge_column (table, (const char *) sqlite3_column_text (stmt, 0)),
        .table = g_strdup ((const char *) sqlite3_column_text (stmt, 1)),
      };

      g_array_append_val (table->parents, parent);
    }
  sqlite3_finalize (stmt);
}

static guint
order_of (const char *name,
          guint       fallback)
{
  for (guint i = 0; i < G_N_ELEMENTS (write_order); i++)
    if (g_str_equal (write_order[i], name))
      return i;
  return G_N_ELEMENTS (write_order) + fallback;
}

static int
compare_order (gconstpointer a,
               gconstpointer b)
{
  const OplMergeTable *x = *(OplMergeTable * const *) a;
  const OplMergeTable *y = *(OplMergeTable * const *) b;

  return (x->order > y->order) - (x->order < y->order);
}

/**
 * opl_merge_read_tables:
 *
 * Returns: (transfer full): the practice's tables (OplMergeTable) in the order of
 *   writing, all but SQLite's own and the sync_ tables, which describe files
 */
GPtrArray *
opl_merge_read_tables (sqlite3  *db,
                       GError  **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func ((GDestroyNotify) opl_merge_table_free);
  sqlite3_stmt *stmt = NULL;
  guint n = 0;

  if (sqlite3_prepare_v2 (db,
                          "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                          " AND name NOT LIKE 'sync\\_%' ESCAPE '\\' ORDER BY rowid",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      opl_merge_read_failed (db, error);
      return NULL;
    }

  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      OplMergeTable *table = g_new0 (OplMergeTable, 1);

      table->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) sqlite3_finalize);
      table->name = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      table->order = order_of (table->name, n++);
      g_ptr_array_add (tables, table);
    }
  sqlite3_finalize (stmt);

  for (guint i = 0; i < tables->len; i++)
    {
      OplMergeTable *table = g_ptr_array_index (tables, i);

      if (!read_columns (db, table, error))
        return NULL;
      read_uniques (db, table);
      read_parents (db, table);
    }

  g_ptr_array_sort (tables, compare_order);
  for (guint i = 0; i < tables->len; i++)
    ((OplMergeTable *) g_ptr_array_index (tables, i))->order = i;
  return g_steal_pointer (&tables);
}

static OplMergeTable *
find_table (GPtrArray  *tables,
            const char *name)
{
  for (guint i = 0; i < tables->len; i++)
    {
      OplMergeTable *table = g_ptr_array_index (tables, i);

      if (g_str_equal (table->name, name))
        return table;
    }
  return NULL;
}

/* The primary key's values of a change: the new row's of an insert, else the old's. */
sqlite3_value **
opl_merge_change_pk (OplMergeChange *change)
{
  return change->op == SQLITE_INSERT ? change->new_values : change->old_values;
}

static char *
make_row_key (OplMergeTable  *table,
              sqlite3_value **values)
{
  GString *key = g_string_new (NULL);

  for (guint i = 0; i < table->n_columns; i++)
    if (table->pk[i])
      {
        if (key->len > 0)
          g_string_append_c (key, '|');
        if (values[i] != NULL && sqlite3_value_type (values[i]) != SQLITE_NULL)
          g_string_append (key, (const char *) sqlite3_value_text (values[i]));
      }
  return g_string_free (key, FALSE);
}

static OplMergeChange *
read_change (sqlite3_changeset_iter *iter,
             GPtrArray              *tables)
{
  const char *name;
  int n_columns, op, indirect;
  OplMergeTable *table;
  OplMergeChange *change;

  if (sqlite3changeset_op (iter, &name, &n_columns, &op, &indirect) != SQLITE_OK ||
      (table = find_table (tables, name)) == NULL || (guint) n_columns != table->n_columns)
    return NULL;

  change = g_new0 (OplMergeChange, 1);
  change->table = table;
  change->op = op;
  change->old_values = opl_merge_values_new (table->n_columns);
  change->new_values = opl_merge_values_new (table->n_columns);
  for (int i = 0; i < n_columns; i++)
    {
      sqlite3_value *value = NULL;

      if (op != SQLITE_INSERT && sqlite3changeset_old (iter, i, &value) == SQLITE_OK && value != NULL)
        change->old_values[i] = sqlite3_value_dup (value);
      value = NULL;
      if (op != SQLITE_DELETE && sqlite3changeset_new (iter, i, &value) == SQLITE_OK && value != NULL)
        change->new_values[i] = sqlite3_value_dup (value);
    }

  change->row_key = make_row_key (table, opl_merge_change_pk (change));
  change->key = g_strconcat (table->name, ":", change->row_key, NULL);
  return change;
}

/**
 * opl_merge_diff:
 * @target: the database whose changes are read (“main”, the practice, or the copy)
 * @changes: (element-type OplMergeChange): filled in the order of @tables
 * @by_key: filled with the same, by OplMergeChange.key
 * @digest: (out): the SHA-256 of the changeset: the same changes give the same one
 *
 * What changed in @target since the state the copy was taken from (attached as
 * %OPL_MERGE_BASE_DB).
 */
gboolean
opl_merge_diff (sqlite3     *db,
                const char  *target,
                GPtrArray   *tables,
                GPtrArray   *changes,
                GHashTable  *by_key,
                char       **digest,
                GError     **error)
{
  sqlite3_session *session = NULL;
  sqlite3_changeset_iter *iter = NULL;
  void *changeset = NULL;
  int size = 0;
  int rc;

  rc = sqlite3session_create (db, target, &session);
  for (guint i = 0; rc == SQLITE_OK && i < tables->len; i++)
    {
      const char *name = ((OplMergeTable *) g_ptr_array_index (tables, i))->name;
      char *message = NULL;

      rc = sqlite3session_attach (session, name);
      if (rc == SQLITE_OK)
        rc = sqlite3session_diff (session, OPL_MERGE_BASE_DB, name, &message);
      if (rc != SQLITE_OK)
        {
          g_set_error (error, OPL_MERGE_ERROR, OPL_MERGE_ERROR_REFUSED,
                       /* Translators: %s is a table of the database, then SQLite's reason */
                       _("The copy could not be compared with the practice (%s): %s"), name,
                       message != NULL ? message : sqlite3_errstr (rc));
          sqlite3_free (message);
          sqlite3session_delete (session);
          return FALSE;
        }
    }
  if (rc == SQLITE_OK)
    rc = sqlite3session_changeset (session, &size, &changeset);
  sqlite3session_delete (session);
  if (rc != SQLITE_OK)
    return opl_merge_read_failed (db, error);

  *digest = g_compute_checksum_for_data (G_CHECKSUM_SHA256, changeset != NULL ? changeset : "", (gsize) size);
  rc = sqlite3changeset_start (&iter, size, changeset);
  while (rc == SQLITE_OK && sqlite3changeset_next (iter) == SQLITE_ROW)
    {
      OplMergeChange *change = read_change (iter, tables);

      if (change == NULL)
        continue;
      g_ptr_array_add (changes, change);
      g_hash_table_insert (by_key, change->key, change);
    }
  if (iter != NULL)
    sqlite3changeset_finalize (iter);
  sqlite3_free (changeset);
  return TRUE;
}

/**
 * opl_merge_fetch_row:
 * @schema: “main”, %OPL_MERGE_COPY_DB or %OPL_MERGE_BASE_DB
 * @pk_values: the primary key's values at their columns
 *
 * Returns: (transfer full) (nullable): the row's values, or %NULL when it is not there
 */
sqlite3_value **
opl_merge_fetch_row (sqlite3        *db,
                     const char     *schema,
                     OplMergeTable  *table,
                     sqlite3_value **pk_values)
{
  g_autoptr(GString) sql = g_string_new ("SELECT ");
  sqlite3_value **row = NULL;
  sqlite3_stmt *stmt = NULL;
  int param = 1;
  gboolean first = TRUE;

  for (guint i = 0; i < table->n_columns; i++)
    g_string_append_printf (sql, "%s\"%s\"", i > 0 ? ", " : "", table->columns[i]);
  g_string_append_printf (sql, " FROM %s.\"%s\" WHERE ", schema, table->name);
  for (guint i = 0; i < table->n_columns; i++)
    if (table->pk[i])
      {
        g_string_append_printf (sql, "%s\"%s\" = ?", first ? "" : " AND ", table->columns[i]);
        first = FALSE;
      }

  if ((stmt = opl_merge_table_statement (table, db, sql->str)) == NULL)
    return NULL;
  for (guint i = 0; i < table->n_columns; i++)
    if (table->pk[i])
      sqlite3_bind_value (stmt, param++, pk_values[i]);

  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      row = opl_merge_values_new (table->n_columns);
      for (guint i = 0; i < table->n_columns; i++)
        row[i] = sqlite3_value_dup (sqlite3_column_value (stmt, (int) i));
    }
  sqlite3_reset (stmt);
  return row;
}

/**
 * opl_merge_compare_rows:
 * @was: (nullable): the row in the state the copy was taken from
 * @is: (nullable): the row now
 *
 * The change from @was to @is, as sqlite3session_diff() would give it: an INSERT, a
 * DELETE, or an UPDATE whose values are the primary key's and the changed columns'.
 *
 * Returns: (transfer full) (nullable): the change, or %NULL when the row is the same
 */
OplMergeChange *
opl_merge_compare_rows (OplMergeTable  *table,
                        sqlite3_value **was,
                        sqlite3_value **is)
{
  OplMergeChange *change;
  gboolean changed = FALSE;

  if (was == NULL && is == NULL)
    return NULL;

  change = g_new0 (OplMergeChange, 1);
  change->table = table;
  change->old_values = opl_merge_values_new (table->n_columns);
  change->new_values = opl_merge_values_new (table->n_columns);
  if (was == NULL || is == NULL)
    {
      change->op = was == NULL ? SQLITE_INSERT : SQLITE_DELETE;
      for (guint i = 0; i < table->n_columns; i++)
        {
          if (was != NULL)
            change->old_values[i] = sqlite3_value_dup (was[i]);
          if (is != NULL)
            change->new_values[i] = sqlite3_value_dup (is[i]);
        }
      changed = TRUE;
    }
  else
    {
      change->op = SQLITE_UPDATE;
      for (guint i = 0; i < table->n_columns; i++)
        {
          gboolean differs = !opl_merge_value_equal (was[i], is[i]);

          if (table->pk[i] || differs)
            change->old_values[i] = sqlite3_value_dup (was[i]);
          if (differs)
            change->new_values[i] = sqlite3_value_dup (is[i]);
          changed |= differs;
        }
    }

  if (!changed)
    {
      opl_merge_change_free (change);
      return NULL;
    }

  change->row_key = make_row_key (table, opl_merge_change_pk (change));
  change->key = g_strconcat (table->name, ":", change->row_key, NULL);
  return change;
}
